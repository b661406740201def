// The images netns-lab knows: what their default command is, which ports they expose (-P publishes
// those), how they react to `docker stop`, and which sockets their process listens on. Values are
// those of the images' Dockerfiles (docker-library / nginxinc/docker-nginx); the servers themselves
// are modelled in ./processes.ts.

export interface Listener {
  proto: 'tcp' | 'udp';
  port: number;
  /** What answers on it: an HTTP server (status line, headers, body), or a plain listener. */
  kind: 'http-nginx' | 'http-httpd' | 'listen';
}

export interface Image {
  /** The reference as `docker ps` prints it. */
  name: string;
  entrypoint: string[];
  cmd: string[];
  /** EXPOSE, as "80/tcp". */
  expose: string[];
  /** STOPSIGNAL; the default is SIGTERM. */
  stopSignal: string;
  /** The exit status of the main process when it gets its stop signal (undefined: it ignores it). */
  exitOnStop?: number;
  /** Sockets the image's own command opens (only when it runs its default command). */
  listeners: Listener[];
}

export const IMAGES: Record<string, Image> = {
  // nginxinc/docker-nginx mainline/debian/Dockerfile: ENTRYPOINT, EXPOSE 80, STOPSIGNAL SIGQUIT
  // (graceful shutdown, exit 0), CMD ["nginx", "-g", "daemon off;"].
  nginx: {
    name: 'nginx',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    expose: ['80/tcp'],
    stopSignal: 'SIGQUIT',
    exitOnStop: 0,
    listeners: [{ proto: 'tcp', port: 80, kind: 'http-nginx' }],
  },
  // docker-library/httpd: CMD ["httpd-foreground"], EXPOSE 80, STOPSIGNAL SIGWINCH (graceful stop).
  httpd: {
    name: 'httpd',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    expose: ['80/tcp'],
    stopSignal: 'SIGWINCH',
    exitOnStop: 0,
    listeners: [{ proto: 'tcp', port: 80, kind: 'http-httpd' }],
  },
  // docker-library/redis: ENTRYPOINT ["docker-entrypoint.sh"], CMD ["redis-server"], EXPOSE 6379;
  // redis-server exits 0 on SIGTERM.
  redis: {
    name: 'redis',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    expose: ['6379/tcp'],
    stopSignal: 'SIGTERM',
    exitOnStop: 0,
    listeners: [{ proto: 'tcp', port: 6379, kind: 'listen' }],
  },
  // docker-library/busybox and alpine: CMD ["sh"] / ["/bin/sh"]. As PID 1, sh and sleep have no
  // handler for SIGTERM, so the kernel ignores it and `docker stop` kills them after 10 s (137).
  busybox: {
    name: 'busybox',
    entrypoint: [],
    cmd: ['sh'],
    expose: [],
    stopSignal: 'SIGTERM',
    listeners: [],
  },
  alpine: {
    name: 'alpine',
    entrypoint: [],
    cmd: ['/bin/sh'],
    expose: [],
    stopSignal: 'SIGTERM',
    listeners: [],
  },
};

/** `nginx`, `nginx:latest`, `docker.io/library/nginx:latest` all name the same image. */
export function lookupImage(ref: string): { image: Image; ref: string } | undefined {
  const m = /^(?:(?:docker\.io\/)?library\/)?([a-z0-9]+)(?::latest)?$/.exec(ref);
  const image = m ? IMAGES[m[1]] : undefined;
  return image ? { image, ref: m![1] } : undefined;
}
