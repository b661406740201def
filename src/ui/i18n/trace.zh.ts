// The engine's trace explanations (src/engine/trace/messages.ts) in Simplified Chinese, for learners of
// Docker/Kubernetes networking. Linux terms stay in Latin letters as Chinese write-ups keep them (ARP,
// FDB, veth, conntrack, iptables, DNAT, SYN, TIME_WAIT…); placeholders are the English template's.

import type { TraceCode } from '../../engine/trace/messages.ts';

export const TRACE_ZH: Record<TraceCode, string> = {
  // --- 数据包的写法 ---
  'pkt.tcp': 'TCP {src}:{sport} → {dst}:{dport} [{flags}]',
  'pkt.tcp-no-flags': '无标志位',
  'pkt.udp': 'UDP {src}:{sport} → {dst}:{dport}',
  'pkt.icmp': '{src} → {dst} ICMP {type}',
  'icmptype.echo-reply': 'echo reply（回显应答）seq {seq}',
  'icmptype.echo-request': 'echo request（回显请求）seq {seq}',
  'icmptype.dest-unreach': '目的不可达（destination unreachable）',
  'icmptype.time-exceeded': '超时（time exceeded）',
  'icmptype.frag-needed': '需要分片（mtu {mtu}）',
  'icmptype.redirect': '重定向',
  'icmptype.other': '类型 {type}',
  'tuple.icmp': 'icmp {src} → {dst} id {id}',
  'tuple.ports': '{proto} {src}:{sport} → {dst}:{dport}',
  'errno.ECONNREFUSED': '连接被拒绝，Connection refused',
  'errno.ECONNRESET': '连接被对端重置，Connection reset by peer',

  // --- IPv4 收包 ---
  'ip.otherhost': '{dev} 收到一个目的 MAC 属于其他主机（{mac}）的帧：不是发给本协议栈的，丢弃',
  'ip.martian-source': '{dev} 上收到源地址为 {src} 的火星包（martian source）：丢弃',
  'ip.no-config': '{dev} 没有任何 IPv4 配置：丢弃数据包',
  'ip.rp-filter':
    '{dev} 上的反向路径过滤（rp_filter = {mode}）：回到 {src} 的路由并不从 {dev} 出去，因此丢弃该数据包',
  'ip.martian-local-source': '火星源地址（martian source）：{src} 是本命名空间自己的地址，却从 {dev} 收到',
  'ip.martian-loopback': '在 {dev} 上出现 127.0.0.0/8 地址（route_localnet 为 0）：视为火星地址，丢弃',
  'ip.forwarding-off':
    '{dst} 不是本地地址，而 {dev} 上的 IP 转发是关闭的（net.ipv4.ip_forward = 0）：静默丢弃',
  'route.reroute-mark': '报文的标记变为 {mark}：重新路由，保留最初选定的源地址 {src}（ip_route_me_harder）',
  'route.reroute-error':
    '{pkt} 在 OUTPUT 中被改写；重新路由时新的目的地址 {dst} 没有可用路由（{errno}）：丢弃（ip_route_me_harder）',
  'route.reroute-failed':
    '{pkt} 在 OUTPUT 中被改写；重新路由后无法发出：其源地址 {src} 是回环地址，而 {dev} 不是回环设备（route_localnet 为 0），因此被丢弃（ip_route_me_harder，EINVAL）',
  'ip.fragment': '{pkt} 大于 {dev} 的 MTU {mtu}：分成 {n} 个分片发送',
  'ip.frag-needed': '{pkt} 设置了 DF 且超过 {dev} 的 MTU {mtu}：丢弃，并向 {src} 发送“需要分片”（mtu {mtu}）',
  'ip.frag-queued': '{pkt} 的分片（偏移 {offset}，{len} 字节）进入重组队列',
  'ip.reassembled': '{pkt} 的全部分片已到达：重组完成',
  'ip.frag-timeout': '来自 {src}（id {id}）的数据报 30 秒内未能重组：丢弃其分片',
  'icmp.pmtu-learned': '{from} 报告到 {dst} 的路径最多 {mtu} 字节：路径 MTU {pmtu} 缓存 {secs} 秒',
  'icmp.redirect-sent':
    '{pkt} 要从 {dev} 原路发回，发送者就在这条链路上：向 {src} 发送主机重定向（新下一跳 {gw}）',
  'icmp.redirect-accepted': '来自 {from} 的重定向：今后经 {gw} 到达 {dst}（缓存 300 秒）',
  'icmp.redirect-ignored': '忽略来自 {from} 的重定向（{dst} 经 {gw}）：{why}',
  'icmp.redirect-why-sysctl': 'accept_redirects 已关闭',
  'icmp.redirect-why-neigh': '{gw} 尚未解析（先发送 ARP 请求）',
  'icmp.redirect-why-secure': 'secure_redirects：{gw} 不是默认网关',
  'icmp.redirect-why-other': '{gw} 不是这条路由可用的网关',
  'ip.no-route': '没有到 {dst} 的路由：丢弃，并向 {src} 回送 ICMP 网络不可达（net unreachable）',
  'ip.blackhole': '到 {dst} 的路由是黑洞（blackhole）：静默丢弃',
  'ip.route-error': '{dst}：{reason}，丢弃，错误报文发回 {src}',
  'ip.route-error-limited':
    '{dst}：{reason}，丢弃；{src} 不到一秒前刚收到过一个 ICMP 错误，这次不再发送（ip_error 速率限制）',
  'ip.why-no-route': '没有路由（网络不可达）',
  'ip.why-unreachable': 'unreachable 路由（主机不可达）',
  'ip.why-prohibit': 'prohibit 路由（报文被过滤）',
  'ip.ttl-exceeded': '{pkt} 的 TTL 到这里将减为 0：丢弃，并向 {src} 发送 ICMP 超时（time exceeded）',
  'ip.forward': '转发 {pkt}：路由 {route} → 从 {dev} 发出{via}，TTL {ttl} → {newTtl}',
  'ip.forward-via': '，下一跳 {gw}',
  'ip.mangle-postrouting-drop': '被 mangle 表的 POSTROUTING 链丢弃：{pkt}',

  // --- 路由查找 ---
  'route.input-local': '路由查找 {dst}：本地地址（local 表）→ 交付给本命名空间',
  'route.output-local': '路由查找 {dst}：这是本地地址，所以 {pkt} 经 lo 环回',
  'route.output': '路由查找 {dst}：匹配 {route} → 从 {dev} 发出{via}，源地址 {src}',
  'route.via-gateway': '，经网关 {gw}',

  // --- ICMP 与 ping ---
  'icmp.echo-ignored': '忽略 echo request：net.ipv4.icmp_echo_ignore_all = 1',
  'icmp.echo-broadcast-ignored': '忽略发往广播地址的 echo request（icmp_echo_ignore_broadcasts = 1）',
  'icmp.echo-answered': '{pkt} 在本地交付；回复一个 echo reply',
  'icmp.reply-unroutable':
    '{pkt} 无法发出：本命名空间没有回到 {dst} 的路由（{errno}），所以应答在这里被丢弃，ping 永远收不到它；这一侧缺少到 {dst} 的路由（或默认路由）',
  'icmp.error-unroutable': '{pkt} 没有发出：没有回到 {dst} 的路由（{errno}），所以发送方得不到通知',
  'icmp.echo-reply-to-ping': '{pkt} 交给发出该请求的 ping',
  'icmp.echo-reply-no-socket': '{pkt} 没有对应的套接字接收',
  'icmp.error-to-ping': '收到来自 {from} 的 ICMP {type}，针对我们 seq {seq} 的 echo request',

  'icmp.ratelimited':
    '未向 {dst} 发送 ICMP {type}：按目的地址的速率限制（icmp_ratelimit、icmp_ratemask）已没有令牌',
  'icmp.ratelimited-global': '{why}（整个命名空间的限制 icmp_msgs_per_sec / icmp_msgs_burst）',
  // --- ARP ---
  'arp.failed':
    '{dev} 上对 {ip} 的 ARP 解析失败：丢弃 {pkt}，并向 {src} 发送 ICMP 主机不可达（host unreachable）',
  'arp.request': '{dev} 广播 ARP 请求：who-has {ip} tell {src}',
  'arp.probe': '{dev} 向 {mac} 单播 ARP 请求，探测 {ip}（who-has {ip} tell {src}）',
  'arp.reply': '{dev} 应答：{ip} is-at {mac}（回给 {to} 的 ARP 应答）',
  'arp.ignore': '{dev} 忽略对 {ip} 的 ARP 请求（arp_ignore = {mode}）',
  'arp.proxy-reply': '{dev} 上的代理 ARP（proxy ARP）：{ip} 经 {via} 可达，所以 {dev} 用自己的 MAC 代为应答',
  'arp.proxy-delay': '{dev} 上的代理 ARP（proxy ARP）：随机延迟 {ms} ms（proxy_delay）后代 {ip} 应答',

  // --- 邻居表 ---
  'neigh.state': '邻居表项 {ip}（{dev}）：{from} → {to}（{why}）',
  'neigh.why.arp-reply': '收到 {mac} 的 ARP 应答，回应了我们的请求',
  'neigh.why.arp-broadcast-reply': '看到来自 {ip} 的广播 ARP 应答',
  'neigh.why.arp-request': '看到来自 {ip} 的 ARP 请求',
  'neigh.why.requester': '从 {ip} 的 ARP 请求中学到：应答方会把请求方记为 STALE',
  'neigh.why.admin': '由 ip neigh {mode} 设置',
  'neigh.why.stale-used': '有数据包经这个 STALE 表项发出；Linux 会立即发送，并等待 {delay} 秒的确认',
  'neigh.why.unresolved': '还不知道 {ip} 的链路层地址：数据包先排队，同时广播 ARP 请求',
  'neigh.why.used-recently': '可达时间已过，但表项最近还在使用',
  'neigh.why.not-confirmed': '在可达时间（{secs} 秒）内没有得到确认',
  'neigh.why.confirmed': '等待期间得到了确认',
  'neigh.why.probe': '{delay} 秒内没有得到确认：发送单播 ARP 请求进行探测',
  'neigh.why.unanswered': '{probes} 个 ARP 请求都没有回应',

  // --- TCP ---
  'tcp.timeout': 'TCP {local} → {remote}：重传 {max} 次后仍无应答，连接超时',
  'tcp.retransmit':
    'TCP {local}：{ms} ms 内没有收到 {remote} 的应答（{state}），重传（第 {try} 次，共 {max} 次）',
  'tcp.deliver': '{pkt} 属于一条状态为 {state} 的连接',
  'tcp.data': 'TCP {local}：按序收到来自 {remote} 的 {bytes} 字节，立即确认并交给应用程序',
  'tcp.listener': '{pkt}：监听在 {local} 的套接字回复 SYN|ACK',
  'tcp.stray-rst': '{pkt}：不属于任何连接的 RST，忽略',
  'tcp.no-listener': '{pkt}：端口 {port} 上没有进程监听，内核回复 RST',
  'tcp.reset': '在 {state} 状态收到 RST：到 {remote} 的连接被关闭（{error}）',
  'tcp.icmp-error': '收到来自 {from} 的 ICMP 错误，针对我们发往 {dst} 的 SYN：connect() 以 {errno} 失败',

  // --- UDP ---
  'udp.no-socket': '{pkt}：没有套接字绑定端口 {port}，内核回复 ICMP 端口不可达（port unreachable）',
  'udp.deliver': '{pkt} 交给绑定在 {local} 的套接字',
  'udp.icmp-error':
    '收到来自 {from} 的 ICMP 错误，针对我们发往 {dst} 的 UDP 数据报：该套接字下一次发送将以 {errno} 失败',

  // --- veth 与 macvlan ---
  'veth.no-carrier': '{dev} 没有载波（no carrier，它的对端 {peer} 处于 down 状态）：丢弃帧',
  'veth.too-big': '{dev} 丢弃一个 {len} 字节的帧：对端 {peer} 最多只接收 MTU {mtu}（另加以太网和 VLAN 头）',
  'veth.xmit': '{dev} 把帧交给它的 veth 对端 {peer}{where}',
  'veth.in-ns': '（位于 {ns}）',
  'veth.in-host': '（位于宿主机）',
  'macvlan.sibling': '{dev}（macvlan，bridge 模式）把帧直接交给同一父设备下的 {sibling}',
  'macvlan.parent': '{dev}（macvlan）经父设备 {parent} 的链路把帧发出去，绕过父设备自己的协议栈',

  // --- 网桥与 FDB ---
  'bridge.port-not-forwarding': '{br}：端口 {port} 不在转发状态，丢弃帧',
  'bridge.local': '{mac} 是 {br} 的本地地址（{owner}）：上送给 {br}',
  'bridge.owner-port': '端口 {port} 自己的 MAC',
  'bridge.owner-self': '网桥自己的 MAC',
  'bridge.hairpin-drop':
    '{br}：{mac} 是在 {port} 上学到的，也就是帧进来的那个端口；没开 hairpin 模式，不会从原端口发回去',
  'bridge.isolated-drop': '{br}：{from} 和 {port} 都是隔离端口（isolated）：不转发这一帧',
  'bridge.forward': '{br}：FDB 显示 {mac} 在端口 {port} 上；转发过去',
  'bridge.xmit-forward': '{br}：FDB 显示 {mac} 在端口 {port} 上',
  'bridge.flood-broadcast': '广播帧：{br} 把它泛洪到其他所有端口{ports}，并上送一份给自己',
  'bridge.flood-multicast': '组播帧：{br} 把它泛洪到其他所有端口{ports}，并上送一份给自己',
  'bridge.flood-unknown': '{br} 的转发数据库（FDB）里没有 {mac}：未知单播，泛洪到其他所有端口{ports}',
  'bridge.xmit-broadcast': '{br} 向它的所有端口发送广播{ports}',
  'bridge.xmit-multicast': '{br} 向它的所有端口发送组播{ports}',
  'bridge.xmit-unknown': '{br} 的转发数据库（FDB）里没有 {mac}：泛洪到所有端口{ports}',
  'capture.promisc-on':
    'tcpdump 在 {dev} 上打开了一个 packet socket：{dev} 进入混杂模式（promiscuity 1），抓包能看到它收发的每一个帧{bridge}',
  'capture.promisc-off': '{dev} 上的抓包已关闭：{dev} 退出混杂模式（promiscuity 0）{bridge}',
  'capture.bridge-promisc':
    '；处于混杂模式的网桥还会把它转发或泛洪的每个帧复制一份上送，所以在 {dev} 上的 tcpdump 也能看到端口之间的流量',
  'capture.bridge-normal': '；{dev} 又只上送发给它自己的帧、广播和组播',
  'bridge.promisc-up':
    '{br} 处于混杂模式（promiscuous，其上开着一个抓包），所以这个发往 {mac} 的帧也会复制一份上送给网桥自身：抓包能看到它，IP 协议栈则把它丢弃',
  'bridge.flood-ports': '（{ports}）',
  'bridge.flood-no-port': '（没有其他处于转发状态的端口）',
  'bridge.nf-prerouting-drop': '{br}：从 {port} 进来的桥接帧被 iptables PREROUTING 丢弃（br_netfilter）',
  'bridge.nf-forward-drop': '{br}：发往 {port} 的桥接帧被 iptables FORWARD 丢弃（br_netfilter）',
  'bridge.dnat-routed': '{br}：DNAT 之后的新目的地址不在这个网桥后面，所以改走路由',
  'bridge.too-big': '{br}：{len} 字节的帧超出端口 {port} 的 MTU（{mtu}）：丢弃',
  'bridge.nf-df-too-big':
    '{br}：设置了 DF 的 {len} 字节报文超出端口 {port} 的 MTU（{mtu}）：br_netfilter 把它丢弃，不发 ICMP 错误',
  'bridge.nf-fragment':
    '{br}：{len} 字节的报文超出端口 {port} 的 MTU（{mtu}）：br_netfilter 把它分成 {n} 个分片发出',
  'bridge.storm':
    '广播风暴：{br} 不断收到同一帧的副本（网桥之间有环路，又没有开启 STP）。真实的 Linux 会一直泛洪下去；模拟器在复制到一定次数后把它停了下来。',
  'fdb.learn': '{br} 在端口 {port} 上学到 {mac}（从该端口进来的帧的源 MAC）',
  'fdb.move': '{br} 在 {port} 上看到 {mac}：把它的 FDB 表项移到这个端口',
  'fdb.age': '{br} 老化删除了 {port} 上的 {mac}：已经 {secs} 秒没收到它发的帧（ageing_time）',

  // --- netfilter：表、链与规则 ---
  'nf.policy': '{table} 表 {chain} 链：没有规则作出决定，使用链的默认策略 {policy}',
  'nf.rule': '{table} 表 {chain} 链第 {n} 条规则（{rule}）',
  'nf.jump': '命中 {rule}：跳转到 {chain} 链',
  'nf.match': '命中 {rule}：{target}',
  'nf.jump-why': '{rule} 命中：跳转到链 {chain}（{why}）',
  'nf.match-why': '{rule} 命中：{target}（{why}）',
  'nf.drop': '在 {hook} 被 iptables 丢弃（DROP 规则或默认策略）：{pkt}',
  'nf.reject': '在 {hook} 被 iptables 拒绝（{with}）：{pkt}',

  // --- Docker Engine 写这条规则的原因 ---
  'flannel.masq-jump': 'flanneld 的地址伪装规则（--ip-masq），在 FLANNEL-POSTRTG 链中',
  'flannel.kube-proxy-mark':
    'kube-proxy 已给这个连接打上伪装标记（0x4000）：flanneld 把它交给 KUBE-POSTROUTING',
  'flannel.pods-to-cluster':
    '从本节点的 Pod（{subnet}）到集群网络（{network}）：Pod 之间看到彼此的真实地址，不做伪装',
  'flannel.cluster-to-pods': '从集群网络（{network}）到本节点的 Pod（{subnet}）：不做伪装',
  'flannel.outside-to-pods': '从集群网络之外到本节点的 Pod（{subnet}）：不做伪装',
  'flannel.masq-out': 'Pod 离开集群网络（{network}）的流量伪装成节点的地址（组播除外）',
  'flannel.masq-in': '从集群网络之外发往其他节点上 Pod 的流量做伪装，这样回包会经过本节点',
  'flannel.fwd-jump': 'flanneld 的转发规则，在 FLANNEL-FWD 链中',
  'flannel.fwd': 'flanneld 转发所有来自或去往集群网络（{network}）的流量',
  'docker.jump-prerouting': 'Docker 把发往本机地址的数据包送进它的 DOCKER 链，发布的端口在那里',
  'docker.jump-output':
    'Docker 把本机自己发往本机地址的数据包（127.0.0.0/8 除外，那些由 docker-proxy 处理）送进它的 DOCKER 链',
  'kr.jump-top': 'kube-router 的网络策略链 {chain} 排在最前面',
  'kr.service-range': 'kube-router 放行发往 Service 地址段（10.96.0.0/12）的流量，交给 kube-proxy 处理',
  'kr.node-ports': 'kube-router 放行发往本节点 NodePort（30000-32767）的流量',
  'kr.default-mark': '没有 NetworkPolicy 限制这个方向：给数据包打上“已放行”标记（0x10000）',
  'kr.invalid': 'kube-router 丢弃 conntrack 判为 INVALID 的数据包',
  'kr.established': '已放行连接的回包或相关数据包直接通过（有状态规则）',
  'kr.icmp': 'kube-router 总是放行 ICMP echo request、目的不可达和超时报文',
  'kr.accept': 'kube-router 接受这个数据包：它经过的 Pod 都放行了它（标记 0x20000）',
  'kr.allow': 'NetworkPolicy {policy} 放行它：{dir} 第 {n} 条规则（{peers}；{ports}）',
  'kr.policy-jump': 'NetworkPolicy {policy} 选中了 Pod {pod}（{types}）',
  'kr.default': '没有 NetworkPolicy 针对 {dir} 选中 Pod {pod}：它的 {dir} 流量全部放行',
  'kr.from-node': '节点自身总能访问 Pod {pod}',
  'kr.common': 'kube-router 给每个 Pod 的公共规则（INVALID、已建立连接、ICMP）',
  'kr.reject':
    '没有任何 NetworkPolicy 为 Pod {pod} 放行这个数据包（ingress 策略：{ingress}；egress 策略：{egress}）：kube-router 拒绝它',
  'kr.pod-in': '发往 Pod {pod}（{ip}）的流量经过它的防火墙链',
  'kr.pod-out': '来自 Pod {pod}（{ip}）的流量经过它的防火墙链',
  'kr.reject-node':
    '{node} 上的 kube-router 拒绝它：没有任何 NetworkPolicy 为 {node} 上的 Pod {pod} 放行这个数据包（ingress 策略：{ingress}；egress 策略：{egress}）。每个节点的 kube-router 只过滤本节点的 Pod：跨节点 Pod 之间的数据包在发送方所在节点检查 egress，在接收方所在节点检查 ingress',
  'kr.pod-in-node':
    '发往 Pod {pod}（{ip}，运行在 {node} 上）的流量在它自己的节点上经过它的防火墙链（无论来自本节点的 Pod，还是经 Pod 网络来自其他节点）',
  'kr.pod-out-node':
    '来自 Pod {pod}（{ip}，运行在 {node} 上）的流量在它自己的节点上经过它的防火墙链，然后才去往其他 Pod、Service 或节点',
  'kr.tail': 'kube-router 的最终裁决：ACCEPT 各 Pod 链放行的流量',
  'docker.jump-user': 'Docker 的 DOCKER-USER 链排在最前面：留给用户自己的规则',
  'docker.jump-forward': 'Docker 的转发规则，在 DOCKER-FORWARD 链中',
  'docker.jump-ct': '先检查进入 Docker 网络的连接的回程包（DOCKER-CT）',
  'docker.jump-isolation': 'Docker 网络之间的隔离（DOCKER-ISOLATION-STAGE-1）',
  'docker.jump-bridge': '进入 Docker 网络的流量经过 DOCKER-BRIDGE',
  'docker.masquerade': 'Docker 为网络 {net}（{subnet}）从其他接口出去的流量做 MASQUERADE',
  'docker.skip-dnat': '来自 {bridge}（网络 {net}）的流量不做 DNAT：发布的端口由 docker-proxy 为它服务',
  'docker.out': 'Docker 放行所有走到这一步、离开网络 {net}（{bridge}）的流量',
  'docker.default-drop': 'Docker 对网络 {net} 的默认 DROP：从外部只能进入已发布的端口',
  'docker.ct': '进入网络 {net}（{bridge}）的回程包：ACCEPT',
  'docker.bridge': '进入网络 {net}：由 DOCKER 链中按端口的规则决定',
  'docker.isolation-1': '从网络 {net}（{bridge}）去往别处：由第二阶段检查目的地是否是另一个 Docker 网络',
  'docker.isolation-2': 'Docker 的隔离：来自其他 Docker 网络的流量不能进入 {net}（{bridge}）',
  'docker.direct-access': 'Docker 的直接访问过滤：{ip}（{container}）只能经由 {bridge} 访问',
  'docker.dnat': 'Docker 端口映射 -p {spec}（{container}）的 DNAT',
  'docker.port-accept': 'Docker 发布的端口 -p {spec}：转发进 {container}',
  'docker.loopback-port': 'Docker：-p {spec} 绑定在 {ip} 上，其他接口不能访问它',

  // --- 连接跟踪与地址转换 ---
  'ct.new': '连接跟踪（conntrack）：新连接 {tuple}{state}；数据包走完所有钩子后它才成为正式表项',
  'ct.new-state': '（{state}）',
  'ct.confirmed': 'conntrack：{tuple} 的表项已确认；回包将匹配 {reply}',
  'ct.tcp-state': 'conntrack：{tuple} 的 TCP 状态 {from} → {to}（{dir} 方向）',
  'ct.reset-only': 'conntrack：{tuple} 收到的唯一回应是 RST，因此删除该表项',
  'nat.dnat': 'DNAT：目的地址 {from} → {to}（conntrack 绑定）',
  'nat.snat': 'SNAT：源地址 {from} → {to}（conntrack 绑定）',
  'nat.reply-dst': '回包由 conntrack 还原地址转换（NAT）：目的地址 {from} → {to}',
  'nat.reply-src': '回包由 conntrack 还原地址转换（NAT）：源地址 {from} → {to}',
  'nat.related-dst':
    '与一条已做地址转换（NAT）的连接相关（RELATED）的 ICMP 错误：目的地址 {from} → {to}，内层引用的报文也一并改写',
  'nat.related-src':
    '与一条已做地址转换（NAT）的连接相关（RELATED）的 ICMP 错误：源地址 {from} → {to}，内层引用的报文也一并改写',
  // --- VXLAN（drivers/net/vxlan）---
  'vxlan.fdb-hit': '{dev} 的 FDB 表明 {mac} 在 VTEP {dsts} 后面',
  'vxlan.flood': '{dev} 没有 {mac} 的 FDB 表项：泛洪给默认表项里的所有远端 VTEP：{dsts}',
  'vxlan.flood-broadcast': '{dev} 把广播帧 {mac} 发给默认表项里的所有远端 VTEP：{dsts}',
  'vxlan.no-fdb': '{dev} 没有 {mac} 的 FDB 表项，也没有可以泛洪的默认表项（00:00:00:00:00:00）：丢弃帧',
  'vxlan.no-remote': '{dev}：{mac} 的 FDB 表项没有远端 VTEP 地址：丢弃帧',
  'vxlan.no-route': '{dev}：在底层网络（underlay）中没有到 VTEP {dst} 的路由：丢弃帧',
  'vxlan.circular': '{dev}：到 VTEP {dst} 的路由又从 {dev} 自己出去：丢弃帧',
  'vxlan.encap': '{dev}：封装进 UDP {src}:{sport} → {dst}:{dport}，VNI {vni}',
  'vxlan.pmtu-reply':
    '{dev}：一个设置了 DF 的 {len} 字节报文加上 50 字节的 VXLAN 头后超出路径 MTU（只容得下 {mtu}）：{dev} 自己向 {src} 回复“需要分片”（mtu {mtu}）',
  'vxlan.bypass': '{dev}：VTEP {dst} 是本机地址，帧不经封装直接交给 {peer}',
  'vxlan.bypass-none':
    '{dev}：VTEP {dst} 是本机地址，但这里没有在端口 {port} 上使用 VNI {vni} 的 VXLAN 设备：丢弃',
  'vxlan.bad-source': '{dev}：内层源 MAC {mac} 是它自己的地址或不是单播地址：丢弃',
  'vxlan.decap': '在 {owner}{dev} 上解封装，VNI {vni}（来自 VTEP {src}）',
  'vxlan.owner-ns': '{ns} 的 ',
  'vxlan.owner-host': '宿主机的 ',
  'vxlan.static-conflict':
    '{dev}：{mac} 来自 VTEP {src}，但它的永久 FDB 表项指向 {old}：静态表项不会迁移，丢弃',
  'vxlan.migrate': '{dev}：{mac} 从 VTEP {old} 迁移到 {dst}',
  'vxlan.learn': '{dev} 学到 {mac} 在 VTEP {dst} 后面（外层源地址）',
  'vxlan.aged': '{dev} 老化删除了 {mac}（VTEP {dst}）：已经 {secs} 秒没有使用（ageing）',
  'vxlan.bad-header': '从 {src} 发往端口 {port} 的 UDP 不是有效的 VXLAN 头：丢弃',
  'vxlan.no-vni': '来自 {src} 的 VXLAN（端口 {port}）：这里没有 VNI 为 {vni} 的设备，丢弃',
};
