import { beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { loadLang } from './index.ts';
import { explainEvent } from './trace.ts';

beforeAll(() => loadLang('zh'));

describe('a NetworkPolicy decision explained in Chinese', () => {
  it('names the policy that rejects the packet and the one that allows it', () => {
    const s = new Session({ seed: 5 });
    for (const c of [
      'kubectl run api --image=busybox --labels=app=api -- sleep 3600',
      'ip netns exec api nc -lk 8080 > /dev/null &',
      'kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600',
      'kubectl run other --image=busybox -- sleep 3600',
      `kubectl apply -f - <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - port: 8080
EOF`,
    ])
      expect(s.exec(c).status, c).toBe(0);
    let from = s.world.log.count;
    s.exec('kubectl exec other -- nc -z -w 2 10.22.0.2 8080');
    const denied = s.world.log.since(from).map((e) => explainEvent(e, 'zh'));
    expect(denied.join('\n')).toContain(
      '没有任何 NetworkPolicy 为 Pod default/api 放行这个数据包（ingress 策略：default/allow-frontend；egress 策略：-）：kube-router 拒绝它',
    );
    from = s.world.log.count;
    s.exec('kubectl exec frontend -- nc -z -w 2 10.22.0.2 8080');
    const allowed = s.world.log.since(from).map((e) => explainEvent(e, 'zh'));
    expect(allowed.join('\n')).toContain(
      'NetworkPolicy default/allow-frontend 放行它：ingress 第 1 条规则（pods role=frontend；8080/TCP）',
    );
  });
});
