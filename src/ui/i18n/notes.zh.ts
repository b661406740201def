// docker 和 kubectl 展开时写在命令下面的注释行（notes.en.ts）的简体中文。Linux、Docker、Kubernetes
// 的名字（函数、文件、sysctl、链名、参数）保持原样；占位符与英文模板相同。

import type { NoteCode } from './notes.en.ts';

export const NOTES_ZH: Record<NoteCode, string> = {
  // --- Docker Engine ---
  'docker.dockerd': 'dockerd 启动：bridge 驱动建立它的链（iptabler.go NewIptabler）',
  'docker.user-chain': '网络控制器添加 DOCKER-USER 链（firewall_linux.go setupUserChain）',
  'docker.default-network': '默认网络 "bridge"（daemon_unix.go initBridgeDriver）',
  'docker.accept-ra': 'setupDefaultSysctl 写入 net.ipv6.conf.{bridge}.accept_ra=0（IPv6：未模拟）',
  'docker.network-rules': '这个网络的 iptables 规则（iptabler/network.go setupIPTables）',
  'docker.sandbox': '容器 {name}：它的网络命名空间（osl NewSandbox；Docker 把它放在 /var/run/docker/netns）',
  'docker.runc-sysctls':
    "runc 在这个命名空间里设置 net.ipv4.ping_group_range='0 2147483647' 和 net.ipv4.ip_unprivileged_port_start=0（daemon/oci_linux.go；未模拟：它们只影响非特权进程）",
  'docker.bridge-endpoint': '{network} 上的端点：bridge 驱动的 CreateEndpoint（bridge_linux.go:1050）',
  'docker.macvlan-endpoint': '{network} 上的端点：macvlan 驱动的 Join（macvlan_joinleave.go:21）',
  'docker.configure': '沙箱配置这个接口（osl/interface_linux.go AddInterface）',
  'docker.ipv6-off': '关闭 {dev} 上的 IPv6（net.ipv6.conf.{dev}.disable_ipv6=1；IPv6：未模拟）',
  'docker.garp':
    'Docker 为 {ip} 发送 3 个主动 ARP（unsolicited ARP），间隔 1 秒（osl advertiseAddrs；未模拟）',
  'docker.publish': '发布端口（port_mapping_linux.go addPortMappings，iptabler/port.go）',
  'docker.unpublish': '释放发布的端口（RevokeExternalConnectivity）',
  'docker.leave': '{name} 离开 {network}（先 osl RemoveInterface，再由驱动 DeleteEndpoint）',
  'docker.netns-gone': '删除 {ns} 的命名空间（osl Destroy）',
  'docker.netns-stays': '命名空间保留：{names} 仍在其中运行',
  'docker.stop-ignored':
    '向 {name} 的进程发送 {signal}（PID 1 忽略它）；10 秒后发送 SIGKILL（--stop-timeout）',
  'docker.stop': '向 {name} 的进程发送 {signal}；进程退出',
  'docker.kill': '向 {name} 的进程发送 SIGKILL（docker rm -f）',
  'docker.exec': '容器里的进程：{command}',
  'docker.exit': '{name} 的进程退出，退出状态 {status}',
  'docker.runc-listens': 'runc 启动容器的进程：{command}（它监听 {where}）',
  'docker.runc': 'runc 启动容器的进程：{command}',
  'docker.proxy':
    'docker-proxy -proto {proto} -host-ip {hostIp} -host-port {hostPort} -container-ip {ip} -container-port {port} -use-listen-fd（转发 DNAT 规则没有处理到的连接：来自宿主机自身的和来自网桥的）',

  // --- Kubernetes ---
  'k8s.pod-network': '集群的 Pod 网络：flannel {release}，{source}：Network {cidr}，后端 {backend}',
  'k8s.node-cidr':
    'kube-controller-manager：节点 {node}（InternalIP {ip}）分到 spec.podCIDR {cidr}；它的 kubelet、containerd 和 kube-proxy 运行在命名空间 {ns} 里',
  'k8s.flanneld':
    '{node} 上的 flanneld（{backend}，--iface {dev}，--ip-masq）：/run/flannel/subnet.env FLANNEL_SUBNET={subnet} FLANNEL_MTU={mtu}',
  'k8s.flannel-rules':
    '{node} 上的 flanneld {release}：它的伪装规则（--ip-masq：FLANNEL-POSTRTG）和转发规则（FLANNEL-FWD），由 iptables-restore --noflush 写入，这里展开成等价的命令',
  'k8s.proxy-starts-here': 'kube-proxy（Kubernetes {release}，iptables 模式）在节点上启动',
  'k8s.proxy-starts': 'kube-proxy（Kubernetes {release}，iptables 模式）在节点 {node} 上启动',
  'k8s.conntrack-timeouts':
    'conntrack：nf_conntrack_tcp_timeout_established=86400 和 _close_wait=3600（未模拟：保持内核默认值）',
  'k8s.node-gone': '节点 {node}：它的命名空间已被手动删除，那里的 kube-proxy 不运行',
  'k8s.sync-node-full':
    '{node} 上的 kube-proxy 执行 syncProxyRules（全量）：iptables-restore --noflush，这里展开成等价的命令',
  'k8s.sync-node':
    '{node} 上的 kube-proxy 执行 syncProxyRules：iptables-restore --noflush，这里展开成等价的命令',
  'k8s.sync-full': 'kube-proxy 执行 syncProxyRules（全量）：iptables-restore --noflush，这里展开成等价的命令',
  'k8s.sync': 'kube-proxy 执行 syncProxyRules：iptables-restore --noflush，这里展开成等价的命令',
  'k8s.schedule':
    'kube-scheduler 把 {pod} 调度到 {node}（Pod 最少的节点，一样多时按名字）；{node} 上的 kubelet：为 {pod} 执行 RunPodSandbox（containerd，沙箱 {sandbox}）',
  'k8s.sandbox': '{node} 上的 kubelet：为 {pod} 执行 RunPodSandbox（containerd，沙箱 {sandbox}）',
  'k8s.pod-netns':
    'containerd 创建 Pod 的网络命名空间（它的名字是 /var/run/netns/cni-<uuid>；netns-lab 用 Pod 的名字命名）',
  'k8s.pause': 'pause 容器（{image}）持有这个命名空间；Pod 的每个容器都加入它',
  'k8s.loopback': 'CNI：loopback 插件',
  'k8s.delegate': 'flannel CNI 插件把工作委托给 bridge 插件：{conf}',
  'k8s.sandbox-failed':
    'kubelet：Failed to create pod sandbox: plugin type="bridge" name="{network}" failed (add): {error}；Pod 停在 ContainerCreating',
  'k8s.container-listens': '容器 {name}（{image}）在 Pod 的命名空间里启动：{command}（它监听 {where}）',
  'k8s.container': '容器 {name}（{image}）在 Pod 的命名空间里启动：{command}',
  'k8s.cni-conf-default': '容器运行时读取网络配置（默认配置）',
  'k8s.cni-conf': '容器运行时读取网络配置 {path}',
  'k8s.pod-stop': 'kubelet：{pod} 的容器停止；StopPodSandbox',
  'k8s.endpoints': '{services} 的端点（endpoints）变了',
  'k8s.service-nodeport':
    'API server：Service {service}，ClusterIP {ip}，NodePort {nodePorts}（随机选取）；它的端点：{endpoints}',
  'k8s.service': 'API server：Service {service}，ClusterIP {ip}（随机选取）；它的端点：{endpoints}',
  'k8s.scale': 'Deployment {deployment}：副本数 {from} → {to}',
  'k8s.replicaset-revision':
    'Deployment {deployment}：新的 Pod 模板：Deployment 控制器创建 ReplicaSet {rs}，版本 {revision}',
  'k8s.replicaset': 'Deployment {deployment}：Deployment 控制器创建 ReplicaSet {rs}',
  'k8s.rs-revision': 'Deployment {deployment}：ReplicaSet {rs} 又用上了这个模板：它成为版本 {revision}',
  'k8s.scale-up': 'Deployment {deployment}：把 ReplicaSet {rs} 从 {from} 个扩到 {to} 个',
  'k8s.scale-down': 'Deployment {deployment}：把 ReplicaSet {rs} 从 {from} 个缩到 {to} 个',
  'k8s.rs-history':
    'Deployment {deployment}：删除 ReplicaSet {rs}（版本 {revision}：旧 ReplicaSet 多于 revisionHistoryLimit {limit}）',
  'k8s.restart': 'kubectl 修补 deployment/{name}：spec.template.metadata.annotations {annotation}: {at}',
  'k8s.rollout-pause': 'kubectl 修补 deployment/{name}：spec.paused: {paused}',
  'k8s.rollout-paused':
    'Deployment {deployment} 已暂停：在恢复（resume）之前，Deployment 控制器不为它的 Pod 模板创建 ReplicaSet',
  'k8s.undo': 'kubectl 用版本 {revision} 的 Pod 模板修补 deployment/{name}',
  'k8s.rs-creates': 'ReplicaSet {rs}：现有 {have} 个 Pod，需要 {want} 个：创建 {count} 个',
  'k8s.rs-deletes':
    'ReplicaSet {rs}：现有 {have} 个 Pod，需要 {want} 个：删除 {count} 个（先删它的 Pod 最多的节点上的，再删最新的）',
  'k8s.gc': '垃圾回收器删除 ReplicaSet {rs} 和它的 Pod',
  'k8s.cni-add':
    'CNI ADD：bridge 插件（containernetworking/plugins {release}），网络 "{network}"，CNI_CONTAINERID={id}…，CNI_IFNAME=eth0',
  'k8s.cni-accept-ra': '{bridge} 上 accept_ra=0（IPv6，未模拟）',
  'k8s.setup-veth': 'ip.SetupVeth：veth 对在 Pod 里创建，它在节点一侧的那一端随即移到节点上',
  'k8s.host-local':
    'host-local：给 {id}… 分配 {ip}/{len}（/var/lib/cni/networks/{network}/{ip}，last_reserved_ip.0），网关 {gateway}',
  'k8s.cni-del': 'CNI DEL：bridge 插件，网络 "{network}"，CNI_CONTAINERID={id}…',
  'k8s.host-local-release': 'host-local 释放 {ip}（last_reserved_ip.0 不变：下一个 Pod 拿到下一个地址）',
  'k8s.netpol-stored': 'API server：NetworkPolicy {policy} 已保存；kube-router 的 informer 看到了它',
  'k8s.netpol-deleted': 'API server：NetworkPolicy {policy} 已删除；kube-router 重新同步',
  'k8s.router-starts-here':
    'kube-router {release} 在节点上启动它的网络策略控制器（iptables 模式）；netns-lab 在第一个 NetworkPolicy 出现时启动它',
  'k8s.router-starts':
    'kube-router {release}（DaemonSet：每个节点一个）在 {node} 上启动它的网络策略控制器（iptables 模式）；netns-lab 在第一个 NetworkPolicy 出现时启动它',
  'k8s.router-ipsets-node':
    '{node} 上的 kube-router：网络策略同步（第 {version} 版）：各策略的 ipset 由 `ipset restore -exist` 写入，这里逐行执行（其中列出每个节点上匹配的 Pod）',
  'k8s.router-ipsets':
    'kube-router：网络策略同步（第 {version} 版）：各策略的 ipset 由 `ipset restore -exist` 写入，这里逐行执行',
  'k8s.router-filter-node':
    '{node} 上的 kube-router：iptables-save -t filter，追加新的策略链和 Pod 链（只有它自己的 Pod 的链），丢掉过时的链，再 iptables-restore -T filter：这里展开成改变这张表的命令',
  'k8s.router-filter':
    'kube-router：iptables-save -t filter，追加新的策略链和 Pod 链，丢掉过时的链，再 iptables-restore -T filter：这里展开成改变这张表的命令',
};
