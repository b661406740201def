// The processes Docker starts that netns-lab models as sockets: the image's own server (nginx,
// httpd and redis listen on their ports) and docker-proxy, the userland proxy that listens on a
// published host port for the traffic the DNAT rules never see (from the host itself, and from
// the bridge) and relays it to the container (cmd/docker-proxy at v28.2.2).

import type { TcpListener, TcpSock } from '../../engine/ipv4/tcp.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import { shellQuote } from '../lexer.ts';
import { answer, type Server } from './http.ts';
import type { Listener } from './images.ts';
import type { Ops } from './ops.ts';
import type { Binding, Container, DockerState } from './state.ts';

/** A TCP server: accepts every connection, hands it to `onConn`, closes when the peer closes. */
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
  // A process netns-lab runs without modelling its descriptors (ss -p says so).
  l.owner = { comm: 'a container process', pid: 0 };
  const serve = () => {
    for (let s = tcp.accept(l); s; s = tcp.accept(l)) {
      const conn = s;
      conn.owner = l.owner;
      conn.cb = { eof: () => tcp.close(conn), error: () => {} };
      onConn?.(conn);
      if (conn.finUnread) tcp.readEof(conn);
    }
  };
  l.onReady = serve;
  return l;
}

/** An HTTP server's connection: each complete request gets its answer (./http.ts). */
function httpConn(ns: Netns, server: Server): (s: TcpSock) => void {
  const tcp = ns.stack.tcp;
  return (conn) => {
    let req = '';
    conn.cb.data = (b) => {
      req += new TextDecoder().decode(b);
      const res = answer(server, req, ns.world.clock.now);
      if (res === undefined) return;
      req = '';
      tcp.send(conn, new TextEncoder().encode(res));
    };
  };
}

/** Runs the image's command in the container: its listeners, until the container stops. */
export function startImageProcess(ops: Ops, st: DockerState, c: Container): (() => void) | undefined {
  const cmd = [c.path, ...c.args].map(shellQuote).join(' ');
  const ns = c.ns === undefined ? undefined : c.ns === '' ? st.world.host : st.world.netns(c.ns);
  const listeners = c.defaultCmd ? c.image.listeners : [];
  const where = listeners.map((l) => `0.0.0.0:${l.port}/${l.proto}`).join(', ');
  ops.note(`runc starts the container's process: ${cmd}${where ? ` (it listens on ${where})` : ''}`);
  if (!ns) return undefined;
  return startListeners(ns, listeners);
}

/** An image's servers on 0.0.0.0 in `ns` (also what a Pod's containers run); returns their stop. */
export function startListeners(ns: Netns, listeners: readonly Listener[]): () => void {
  const opened: TcpListener[] = [];
  for (const l of listeners) {
    const lis = tcpServer(ns, 0, l.port, 511, l.kind === 'listen' ? undefined : httpConn(ns, l.kind));
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
    s.owner = { comm: 'docker-proxy', pid: 0 };
    return () => host.stack.udp.close(s);
  }
  const tcp = host.stack.tcp;
  // clientLoop: dial the container, then copy both ways; the end of one direction is passed on as a
  // half-close (CloseWrite), and the connections close when both directions are done.
  const l = tcpServer(host, b.hostIp, b.hostPort, 4096, (client) => {
    let open = 2;
    const doneOne = () => {
      if (--open === 0) {
        tcp.close(client);
        tcp.close(backend as TcpSock);
      }
    };
    const backend = tcp.connect(
      { addr: b.ip, port: b.port },
      {
        connected: () => {
          if (pending.length) tcp.send(backend as TcpSock, concat(pending));
          pending = [];
          if (clientEof) tcp.shutdown(backend as TcpSock);
        },
        // "Can't forward traffic to backend": the client is closed.
        error: () => tcp.close(client),
        data: (d) => tcp.send(client, d),
        eof: () => {
          tcp.shutdown(client);
          doneOne();
        },
      },
    );
    if (typeof backend === 'string') {
      tcp.close(client);
      return;
    }
    let pending: Uint8Array[] = [];
    let clientEof = false;
    client.cb = {
      data: (d) => {
        if (backend.state === 'ESTABLISHED') tcp.send(backend, d);
        else pending.push(d);
      },
      eof: () => {
        clientEof = true;
        if (backend.state === 'ESTABLISHED') tcp.shutdown(backend);
        doneOne();
      },
      error: () => tcp.close(backend),
    };
    if (typeof backend !== 'string') backend.owner = client.owner;
  });
  if (!l) return undefined;
  l.owner = { comm: 'docker-proxy', pid: 0 };
  return () => tcp.closeListener(l);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
