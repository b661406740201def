# Kubernetes NetworkPolicy on one node, enforced by kube-router v2.11.1 (iptables + ipset): an api
# Pod serving ports 8080 and 9090, and a frontend Pod. default-deny-ingress isolates every Pod;
# allow-frontend-to-api lets Pods labelled role=frontend reach Pods labelled app=api on TCP 8080.
# Each kubectl command shows the ipset / iptables commands it amounts to. Try
# `kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 8080` (allowed: the policy's rule marks it) and
# `kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 9090` (refused: the api Pod's KUBE-POD-FW
# chain REJECTs what no policy marked), then step through both; `kubectl describe networkpolicy`.
kubectl run api --image=busybox --labels=app=api -- sleep 3600
ip netns exec api nc -lk 8080 > /dev/null &
ip netns exec api nc -lk 9090 > /dev/null &
kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600
kubectl apply -f - <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend-to-api
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 8080
EOF

# kube-router lets ICMP echo requests through whatever the policies say (KUBE-NWPLCY-COMMON).
ip netns exec frontend ping -c 1 10.22.0.2
