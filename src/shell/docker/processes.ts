// The processes Docker starts that netns-lab models as sockets: the image's own server (nginx,
// httpd and redis listen on their ports) and docker-proxy, the userland proxy that listens on a
// published host port for the traffic the DNAT rules never see (from the host itself, and from
// the bridge) and relays it to the container (cmd/docker-proxy at v28.2.2).

import type { TcpListener, TcpSock } from '../../engine/ipv4/tcp.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import { shellQuote } from '../lexer.ts';
import type { Ops } from './ops.ts';
import type { Binding, Container, DockerState } from './state.ts';

/** A TCP server that accepts every connection and closes its side when the peer closes. */
function tcpServer(
  ns: Netns,
  addr: number,
  port: number,
  backlog: number,
  onConn?: (s: TcpSock) => void,
): TcpListener | undefined {
  const tcp = ns.stack.tcp;
  const l = tcp.listen(addr, port, backlog);
  if (typeof l === 'string') return undefined;
  const serve = () => {
    for (let s = tcp.accept(l); s; s = tcp.accept(l)) {
      const conn = s;
      conn.cb = { eof: () => tcp.close(conn), error: () => {} };
      if (conn.finUnread) tcp.readEof(conn);
      onConn?.(conn);
    }
  };
  l.onReady = serve;
  return l;
}

/** Runs the image's command in the container: its listeners, until the container stops. */
export function startImageProcess(ops: Ops, st: DockerState, c: Container): (() => void) | undefined {
  const cmd = [c.path, ...c.args].map(shellQuote).join(' ');
  const ns = c.ns === undefined ? undefined : c.ns === '' ? st.world.host : st.world.netns(c.ns);
  const listeners = c.defaultCmd ? c.image.listeners : [];
  const where = listeners.map((l) => `0.0.0.0:${l.port}/${l.proto}`).join(', ');
  ops.note(`runc starts the container's process: ${cmd}${where ? ` (it listens on ${where})` : ''}`);
  if (!ns) return undefined;
  const opened: TcpListener[] = [];
  for (const l of listeners) {
    const lis = tcpServer(ns, 0, l.port, 511);
    if (lis) opened.push(lis);
  }
  return () => {
    for (const l of opened) ns.stack.tcp.closeListener(l);
  };
}

/**
 * docker-proxy for one binding: a listener on the host address and port that opens a connection
 * to the container for each client (tcp_proxy_linux.go). Returns its stop function.
 */
export function startProxy(ops: Ops, st: DockerState, b: Binding): (() => void) | undefined {
  ops.note(
    `docker-proxy -proto ${b.proto} -host-ip ${ip4ToString(b.hostIp)} -host-port ${b.hostPort} -container-ip ${ip4ToString(b.ip)} -container-port ${b.port} -use-listen-fd (relays what the DNAT rules miss: from the host itself and from the bridge)`,
  );
  const host = st.world.host;
  if (b.proto === 'udp') {
    const s = host.stack.udp.bind(b.hostIp, b.hostPort);
    if (typeof s === 'string') return undefined;
    return () => host.stack.udp.close(s);
  }
  const tcp = host.stack.tcp;
  const l = tcpServer(host, b.hostIp, b.hostPort, 4096, (client) => {
    const backend = tcp.connect(
      { addr: b.ip, port: b.port },
      {
        error: () => tcp.close(client),
        eof: () => tcp.close(client),
      },
    );
    if (typeof backend === 'string') {
      tcp.close(client);
      return;
    }
    client.cb = {
      eof: () => {
        tcp.close(client);
        tcp.close(backend);
      },
      error: () => tcp.close(backend),
    };
  });
  if (!l) return undefined;
  return () => tcp.closeListener(l);
}
