// The docker command's own behaviour: the CLI's messages and exit statuses (checked against the
// docker 28.2.2 client installed here), Docker's errors with the lab left as it was, and the
// formats of ps / network ls / port.

import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { humanDuration, tabwrite } from './format.ts';
import { parsePortSpec } from './ports.ts';

function lab() {
  const s = new Session({ seed: 3 });
  s.exec('docker network ls');
  return s;
}

describe('the docker client', () => {
  // Each expected text is what the docker 28.2.2 client printed for the same words.
  const cases: [string, string, number][] = [
    [
      'docker run -x nginx',
      "unknown shorthand flag: 'x' in -x\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run --name',
      "flag needs an argument: --name\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -p',
      "flag needs an argument: 'p' in -p\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -d=x nginx',
      'invalid argument "x" for "-d, --detach" flag: strconv.ParseBool: parsing "x": invalid syntax\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n',
      125,
    ],
    [
      'docker run -p 99999:80 nginx',
      "docker: invalid hostPort: 99999\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -p 8080:80/xyz nginx',
      "docker: invalid proto: xyz\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -p 80:80:80:80 nginx',
      "docker: invalid IP address: 80:80\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -p abc nginx',
      "docker: invalid containerPort: abc\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run',
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      1,
    ],
    [
      'docker network create',
      "docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n",
      1,
    ],
    [
      'docker network create --foo x',
      "unknown flag: --foo\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n",
      125,
    ],
    [
      'docker network create -d macvlan --subnet 10.0.0.0/24 --gateway 10.1.0.1 x',
      'no matching subnet for gateway 10.1.0.1\n',
      1,
    ],
    // A missing macvlan parent must name a VLAN for the driver to create (macvlan_setup.go).
    [
      'docker network create -d macvlan -o parent=eth9 x',
      'Error response from daemon: invalid subinterface vlan name eth9, example formatting is eth0.10\n',
      1,
    ],
    [
      'docker network create -d macvlan -o parent=eth9.1.2 x',
      'Error response from daemon: required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received eth9.1.2\n',
      1,
    ],
    [
      'docker network create -d macvlan -o parent=eth9.10 x',
      'Error response from daemon: -o parent interface was not found on the host: eth9\n',
      1,
    ],
    [
      'docker network create --gateway 10.0.0.1 x',
      'every ip-range or gateway must have a corresponding subnet\n',
      1,
    ],
    [
      'docker network foo',
      "docker: unknown command: docker network foo\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n",
      1,
    ],
    [
      'docker exec web',
      "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n",
      1,
    ],
    [
      'docker ps x',
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      1,
    ],
    [
      'docker port',
      "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n",
      1,
    ],
    [
      'docker network disconnect a',
      "docker: 'docker network disconnect' requires 2 arguments\n\nUsage:  docker network disconnect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network disconnect --help' for more information\n",
      1,
    ],
    ['docker foo', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
  ];
  for (const [cmd, out, status] of cases) {
    it(cmd, () => {
      const r = lab().exec(cmd);
      expect(r.output).toBe(out);
      expect(r.status).toBe(status);
    });
  }
});

describe('a container run without --name', () => {
  it('gets a name as the daemon makes one: adjective_surname, unique, its namespace named after it', () => {
    const s = lab();
    const names = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const r = s.exec('docker run -d busybox sleep 600');
      expect(r.status).toBe(0);
      const id = r.output.trim().split('\n').at(-1)!;
      const name = s.exec(`docker inspect -f {{.Name}} ${id.slice(0, 12)}`).output.trim();
      expect(name).toMatch(/^\/[a-z]+_[a-z]+\d?$/);
      expect(name).not.toBe('/boring_wozniak');
      names.add(name.slice(1));
    }
    expect(names.size).toBe(12);
    const ps = s.exec('docker ps --format x').output;
    expect(ps).toContain('unsupported');
    for (const n of names) expect(s.exec('ip netns list').output).toContain(`${n} (id:`);
    // The same seed picks the same names.
    const again = lab();
    const first = again.exec('docker run -d busybox sleep 600').output.trim().split('\n').at(-1)!;
    expect(
      again
        .exec(`docker inspect -f {{.Name}} ${first.slice(0, 12)}`)
        .output.trim()
        .slice(1),
    ).toBe([...names][0]);
  });
});

describe("Docker's errors leave the lab as it was", () => {
  it('a taken name', () => {
    const s = lab();
    s.exec('docker run -d --name web nginx');
    const id = s.exec('docker inspect -f {{.Id}} web').output.trim();
    const before = s.exec('ip -br link').output;
    const r = s.exec('docker run -d --name web nginx');
    expect(r.output).toBe(
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
    );
    expect(r.status).toBe(125);
    expect(s.exec('ip -br link').output).toBe(before);
  });

  it('a port already allocated: the attempt is rolled back, the container stays "Created"', () => {
    const s = lab();
    s.exec('docker run -d --name web -p 8080:80 nginx');
    const rules =
      s.exec('iptables-save').output +
      s.exec('iptables -t nat -S').output +
      s.exec('iptables -t raw -S').output;
    const links = s.exec('ip -br link').output;
    const r = s.exec('docker run -d --name web2 -p 8080:80 nginx');
    expect(r.status).toBe(125);
    expect(r.output).toMatch(
      /docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(
      s.exec('iptables-save').output +
        s.exec('iptables -t nat -S').output +
        s.exec('iptables -t raw -S').output,
    ).toBe(rules);
    expect(s.exec('ip -br link').output).toBe(links);
    expect(s.exec('ip netns list').output).not.toContain('web2');
    expect(s.exec('docker ps -a').output).toMatch(/Created +web2\n/);
  });

  it('an unknown network, an address outside the subnet, --ip on the default bridge', () => {
    const s = lab();
    const hint = "\n\nRun 'docker run --help' for more information\n";
    expect(s.exec('docker run -d --name a1 --network nope nginx').output).toBe(
      `docker: Error response from daemon: network nope not found${hint}`,
    );
    s.exec('docker network create --subnet 10.1.0.0/24 net1');
    expect(s.exec('docker run -d --name a1 --network net1 --ip 10.2.0.5 nginx').output).toBe(
      `docker: Error response from daemon: invalid config for network net1: invalid endpoint settings:\nno configured subnet or ip-range contain the IP address 10.2.0.5${hint}`,
    );
    expect(s.exec('docker run -d --name a1 --ip 172.17.0.9 nginx').output).toBe(
      `docker: Error response from daemon: invalid config for network bridge: invalid endpoint settings:\nuser specified IP address is supported on user defined networks only${hint}`,
    );
    expect(s.exec('docker ps -a -q').output).toBe('');
  });

  it('a network in use, a predefined one, a missing one', () => {
    const s = lab();
    s.exec('docker network create mynet');
    s.exec('docker run -d --name c1 --network mynet busybox sleep 60');
    const r = s.exec('docker network rm mynet');
    expect(r.output).toMatch(
      /^Error response from daemon: error while removing network: network mynet has active endpoints \(name:"c1" id:"[0-9a-f]{12}"\)\nexit status 1\n$/,
    );
    expect(s.exec('docker network rm bridge').output).toBe(
      'Error response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n',
    );
    expect(s.exec('docker network rm nope').output).toBe(
      'Error response from daemon: network nope not found\nexit status 1\n',
    );
  });

  it('rm of a running container, exec in a stopped one', () => {
    const s = lab();
    s.exec('docker run -d --name web nginx');
    expect(s.exec('docker rm web').output).toBe(
      'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
    );
    s.exec('docker stop web');
    const id = s.exec('docker inspect -f {{.Id}} web').output.trim();
    expect(s.exec('docker exec web ip addr').output).toBe(
      `Error response from daemon: container ${id} is not running\n`,
    );
    expect(s.exec('docker stop nope').output).toBe('Error response from daemon: No such container: nope\n');
  });
});

describe('formats', () => {
  it('tabwriter pads to the widest cell plus 3, at least 10', () => {
    expect(
      tabwrite([
        ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
        ['c72179c3795b', 'bridge', 'bridge', 'local'],
      ]),
    ).toBe('NETWORK ID     NAME      DRIVER    SCOPE\nc72179c3795b   bridge    bridge    local\n');
  });
  it('HumanDuration', () => {
    const s = 1_000_000;
    expect(
      [0.5, 1, 59, 60, 119, 3599, 3600, 5400, 47 * 3600, 49 * 3600].map((x) => humanDuration(x * s)),
    ).toEqual([
      'Less than a second',
      '1 second',
      '59 seconds',
      'About a minute',
      'About a minute',
      '59 minutes',
      'About an hour',
      '2 hours',
      '47 hours',
      '2 days',
    ]);
  });
  it('-p forms', () => {
    expect(parsePortSpec('8080:80')).toEqual([
      { proto: 'tcp', port: 80, hostIp: undefined, hostPort: 8080, hostPortEnd: 8080 },
    ]);
    expect(parsePortSpec('127.0.0.1:8080:80/udp')[0]).toMatchObject({
      proto: 'udp',
      hostIp: 0x7f000001,
      hostPort: 8080,
    });
    expect(parsePortSpec('80')[0]).toMatchObject({ hostPort: 0, port: 80 });
    expect(parsePortSpec('8080:80/tcp/x')[0]).toMatchObject({ proto: 'tcp' });
  });
  it('docker ps, docker port', () => {
    const s = lab();
    s.exec('docker run -d --name web -p 8080:80 -p 127.0.0.1:9090:90/udp nginx');
    s.exec('sleep 65');
    expect(s.exec('docker port web').output).toBe('80/tcp -> 0.0.0.0:8080\n90/udp -> 127.0.0.1:9090\n');
    expect(s.exec('docker port web 80').output).toBe('0.0.0.0:8080\n');
    expect(s.exec('docker port web 81').output).toBe("Error: No public port '81' published for web\n");
    const ps = s.exec('docker ps').output.split('\n');
    expect(ps[0]).toBe(
      `CONTAINER ID   IMAGE     COMMAND                  CREATED              STATUS              PORTS${' '.repeat(42)}NAMES`,
    );
    expect(ps[1]).toMatch(
      /^[0-9a-f]{12} {3}nginx {5}"\/docker-entrypoint\.…" {3}About a minute ago {3}Up About a minute {3}0\.0\.0\.0:8080->80\/tcp, 127\.0\.0\.1:9090->90\/udp {3}web$/,
    );
  });
});

describe('port ranges', () => {
  it('a range is one binding per port, each with its rules and proxy, all gone with the container', () => {
    const s = lab();
    const base = {
      nat: s.exec('iptables -t nat -S DOCKER').output,
      filter: s.exec('iptables -S DOCKER').output,
    };
    expect(s.exec('docker run -d --name web -p 9000-9299:8000-8299 nginx').status).toBe(0);
    const nat = s.exec('iptables -t nat -S DOCKER').output.split('\n');
    const filter = s.exec('iptables -S DOCKER').output.split('\n');
    expect(nat.filter((l) => l.includes('-j DNAT'))).toHaveLength(300);
    expect(nat).toContain(
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9299 -j DNAT --to-destination 172.17.0.2:8299',
    );
    // Inserted at the top one by one: the last port's ACCEPT comes first.
    expect(filter.filter((l) => l.includes('-j ACCEPT'))[0]).toBe(
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 8299 -j ACCEPT',
    );
    expect(
      s
        .exec('ss -ltn')
        .output.split('\n')
        .filter((l) => /0\.0\.0\.0:9\d{3} /.test(l)),
    ).toHaveLength(300);
    expect(s.exec('docker rm -f web').status).toBe(0);
    expect(s.exec('iptables -t nat -S DOCKER').output).toBe(base.nat);
    expect(s.exec('iptables -S DOCKER').output).toBe(base.filter);
    expect(s.exec('ss -ltn').output).not.toMatch(/:9\d{3} /);
  });

  it('past 4096 ports in one container: not modelled, said, and nothing made', () => {
    const s = lab();
    const before = s.exec('iptables-save').output;
    for (const p of ['-p 1-65535:1-65535', '-p 2000-4000:2000-4000 -p 5000-7095:5000-7095/udp']) {
      const r = s.exec(`docker run -d --name big ${p} nginx`);
      expect(r.output).toBe(
        'netns-lab: unsupported: docker: publishing more than 4096 ports in one container (Docker writes iptables rules and starts a docker-proxy for each published port; netns-lab stops at 4096)\n',
      );
      expect(r.status).not.toBe(0);
    }
    expect(s.exec('docker ps -a -q').output).toBe('');
    expect(s.exec('iptables-save').output).toBe(before);
    expect(s.exec('docker run -d --name ok -p 2000-2009:2000-2009 nginx').status).toBe(0);
  });
});

describe('images answer HTTP; docker-proxy relays what the DNAT rules miss', () => {
  it('nginx and httpd, directly and through a published port', () => {
    const s = lab();
    s.exec('docker run -d --name web -p 8080:80 nginx');
    s.exec('docker run -d --name ap -p 8081:80 httpd');
    const page = s.exec('curl -s http://172.17.0.2/').output;
    expect(page.length).toBe(615);
    expect(page).toContain('<h1>Welcome to nginx!</h1>');
    // From the host to 127.0.0.1: nat OUTPUT skips 127.0.0.0/8, so docker-proxy answers.
    expect(s.exec('curl -s http://127.0.0.1:8080/').output).toBe(page);
    expect(s.exec('curl -s http://127.0.0.1:8081/').output).toBe(
      '<html><body><h1>It works!</h1></body></html>\n',
    );
    expect(s.exec('curl -sI http://172.17.0.3/').output).toBe(
      'HTTP/1.1 200 OK\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nServer: Apache/2.4.62 (Unix)\r\nLast-Modified: Thu, 01 Jan 1970 00:00:00 GMT\r\nETag: "2d-0"\r\nAccept-Ranges: bytes\r\nContent-Length: 45\r\nContent-Type: text/html\r\n\r\n',
    );
    expect(s.exec('curl -s http://172.17.0.2/nope').output).toContain(
      '<center><h1>404 Not Found</h1></center>',
    );
    // The proxy's connection to the container comes from the gateway address.
    expect(s.exec('conntrack -L -p tcp').output).toMatch(
      /src=172\.17\.0\.1 dst=172\.17\.0\.2 sport=\d+ dport=80 /,
    );
  });

  it('a published port with nothing listening behind it: the proxy accepts, then closes', () => {
    const s = lab();
    s.exec('docker run -d --name bb -p 8080:80 busybox sleep 600');
    const r = s.exec('curl -sS http://127.0.0.1:8080/');
    expect(r.output).toBe('curl: (52) Empty reply from server\n');
    expect(r.status).toBe(52);
  });

  it('docker exec -d starts a listener in the container, and the expansion says how', () => {
    const s = lab();
    s.exec('docker run -d --name bb busybox sleep 600');
    const r = s.exec('docker exec -d bb nc -lk 80');
    expect(r.output).toBe('  + ip netns exec bb nc -lk 80 > /dev/null &\n');
    expect(s.exec('nc -z -v -w 1 172.17.0.2 80').output).toContain('succeeded!');
  });
});

describe('trace events name the Docker rule a packet hits', () => {
  it('DNAT by the port mapping, the published-port ACCEPT, the jump to DOCKER', () => {
    const s = lab();
    s.exec('ip netns add outside');
    s.exec('ip link add eth0 type veth peer name up0 netns outside');
    s.exec('ip addr add 198.51.100.2/24 dev eth0');
    s.exec('ip link set eth0 up');
    s.exec('ip -n outside addr add 198.51.100.1/24 dev up0');
    s.exec('ip -n outside link set up0 up');
    s.exec('docker run -d --name web -p 8080:80 nginx');
    const log = s.world.log;
    s.exec('ip netns exec outside curl -s http://198.51.100.2:8080/');
    const all: string[] = [];
    for (let seq = log.first; seq < log.first + log.count; seq++) all.push(log.at(seq)?.text ?? '');
    const joined = all.join('\n');
    expect(joined).toContain("matched: DNAT (DNAT by Docker's port mapping for -p 8080:80 (web))");
    expect(joined).toContain("matched: ACCEPT (Docker's published port -p 8080:80: forwarded into web)");
    expect(joined).toContain(
      "matched: jump to chain DOCKER (Docker sends packets for the host's own addresses",
    );
  });
});
