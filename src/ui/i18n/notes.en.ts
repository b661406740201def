// The comment lines docker's and kubectl's expansions write under their command ("  # …", Ops.note in
// src/shell/docker/ops.ts), as templates: the shell writes them in English, and the UI recognises a
// line by its template to show it in the page's language (notes.ts, notes-match.ts). `{name}` is a part that varies;
// a name used twice must be the same text twice. Where one template is a longer form of another (an
// optional part), the longer comes first: the first template that matches a line wins.
// notes.test.ts runs every preset and every docker/kubectl scenario and fails on a line no template
// recognises, so a new note in the shell needs its template here (and its Chinese in notes.zh.ts).

export const NOTES_EN = {
  // --- Docker Engine (src/shell/docker) ---
  'docker.dockerd': 'dockerd starts: the bridge driver sets up its chains (iptabler.go NewIptabler)',
  'docker.user-chain': 'the network controller adds DOCKER-USER (firewall_linux.go setupUserChain)',
  'docker.default-network': 'the default network "bridge" (daemon_unix.go initBridgeDriver)',
  'docker.accept-ra': 'setupDefaultSysctl writes net.ipv6.conf.{bridge}.accept_ra=0 (IPv6: not modelled)',
  'docker.network-rules': "the network's iptables rules (iptabler/network.go setupIPTables)",
  'docker.sandbox':
    'container {name}: its network namespace (osl NewSandbox; Docker keeps it in /var/run/docker/netns)',
  'docker.runc-sysctls':
    "runc sets net.ipv4.ping_group_range='0 2147483647' and net.ipv4.ip_unprivileged_port_start=0 in the namespace (daemon/oci_linux.go; not modelled: they only matter to unprivileged processes)",
  'docker.bridge-endpoint':
    "endpoint on {network}: the bridge driver's CreateEndpoint (bridge_linux.go:1050)",
  'docker.macvlan-endpoint': "endpoint on {network}: the macvlan driver's Join (macvlan_joinleave.go:21)",
  'docker.configure': 'the sandbox configures the interface (osl/interface_linux.go AddInterface)',
  'docker.ipv6-off': 'IPv6 is switched off on {dev} (net.ipv6.conf.{dev}.disable_ipv6=1; IPv6: not modelled)',
  'docker.garp': 'Docker sends 3 unsolicited ARPs for {ip}, 1 s apart (osl advertiseAddrs; not modelled)',
  'docker.publish': 'published ports (port_mapping_linux.go addPortMappings, iptabler/port.go)',
  'docker.unpublish': 'release the published ports (RevokeExternalConnectivity)',
  'docker.leave': "{name} leaves {network} (osl RemoveInterface, then the driver's DeleteEndpoint)",
  'docker.netns-gone': "{ns}'s namespace goes (osl Destroy)",
  'docker.netns-stays': 'the namespace stays: {names} still run in it',
  'docker.stop-ignored':
    "{signal} to {name}'s process (PID 1 ignores it); SIGKILL 10 s later (--stop-timeout)",
  'docker.stop': "{signal} to {name}'s process; it exits",
  'docker.kill': "SIGKILL to {name}'s process (docker rm -f)",
  'docker.exec': "the container's process: {command}",
  'docker.exit': "{name}'s process exits with status {status}",
  'docker.runc-listens': "runc starts the container's process: {command} (it listens on {where})",
  'docker.runc': "runc starts the container's process: {command}",
  'docker.proxy':
    'docker-proxy -proto {proto} -host-ip {hostIp} -host-port {hostPort} -container-ip {ip} -container-port {port} -use-listen-fd (relays what the DNAT rules miss: from the host itself and from the bridge)',

  // --- Kubernetes (src/shell/k8s) ---
  'k8s.pod-network':
    "the cluster's pod network: flannel {release}, {source}: Network {cidr}, backend {backend}",
  'k8s.node-cidr':
    'kube-controller-manager: node {node} (InternalIP {ip}) gets spec.podCIDR {cidr}; its kubelet, containerd and kube-proxy run in namespace {ns}',
  'k8s.flanneld':
    'flanneld on {node} ({backend}, --iface {dev}, --ip-masq): /run/flannel/subnet.env FLANNEL_SUBNET={subnet} FLANNEL_MTU={mtu}',
  'k8s.flannel-rules':
    'flanneld {release} on {node}: its masquerade rules (--ip-masq: FLANNEL-POSTRTG) and forward rules (FLANNEL-FWD), by iptables-restore --noflush, run as the commands it amounts to',
  'k8s.proxy-starts-here': 'kube-proxy (Kubernetes {release}, iptables mode) starts on the node',
  'k8s.proxy-starts': 'kube-proxy (Kubernetes {release}, iptables mode) starts on node {node}',
  'k8s.conntrack-timeouts':
    'conntrack: nf_conntrack_tcp_timeout_established=86400 and _close_wait=3600 (not modelled: the kernel defaults stay)',
  'k8s.node-gone': 'node {node}: its namespace is gone (deleted by hand), kube-proxy there does not run',
  'k8s.sync-node-full':
    'kube-proxy on {node} syncProxyRules (full): iptables-restore --noflush, run as the commands it amounts to',
  'k8s.sync-node':
    'kube-proxy on {node} syncProxyRules: iptables-restore --noflush, run as the commands it amounts to',
  'k8s.sync-full':
    'kube-proxy syncProxyRules (full): iptables-restore --noflush, run as the commands it amounts to',
  'k8s.sync': 'kube-proxy syncProxyRules: iptables-restore --noflush, run as the commands it amounts to',
  'k8s.schedule':
    'kube-scheduler binds {pod} to {node} (the node with the fewest Pods, then by name); kubelet on {node}: RunPodSandbox for {pod} (containerd, sandbox {sandbox})',
  'k8s.sandbox': 'kubelet on {node}: RunPodSandbox for {pod} (containerd, sandbox {sandbox})',
  'k8s.pod-netns':
    "containerd makes the Pod's network namespace (it calls it /var/run/netns/cni-<uuid>; netns-lab names it after the Pod)",
  'k8s.pause': 'the pause container ({image}) holds the namespace; every container of the Pod joins it',
  'k8s.loopback': 'CNI: the loopback plugin',
  'k8s.delegate': 'the flannel CNI plugin delegates to the bridge plugin: {conf}',
  'k8s.sandbox-failed':
    'kubelet: Failed to create pod sandbox: plugin type="bridge" name="{network}" failed (add): {error}; the Pod stays ContainerCreating',
  'k8s.container-listens':
    "container {name} ({image}) starts in the Pod's namespace: {command} (it listens on {where})",
  'k8s.container': "container {name} ({image}) starts in the Pod's namespace: {command}",
  'k8s.cni-conf-default': 'the container runtime reads the network configuration (the default)',
  'k8s.cni-conf': 'the container runtime reads the network configuration {path}',
  'k8s.pod-stop': 'kubelet: the containers of {pod} stop; StopPodSandbox',
  'k8s.endpoints': 'endpoints of {services} change',
  'k8s.service-nodeport':
    'API server: Service {service}, ClusterIP {ip}, NodePort {nodePorts} (chosen at random); its endpoints: {endpoints}',
  'k8s.service':
    'API server: Service {service}, ClusterIP {ip} (chosen at random); its endpoints: {endpoints}',
  'k8s.scale': 'Deployment {deployment}: replicas {from} → {to}',
  'k8s.replicaset-revision':
    'Deployment {deployment}: a new Pod template: the Deployment controller makes ReplicaSet {rs}, revision {revision}',
  'k8s.replicaset': 'Deployment {deployment}: the Deployment controller makes ReplicaSet {rs}',
  'k8s.rs-revision':
    'Deployment {deployment}: ReplicaSet {rs} has the template again: it becomes revision {revision}',
  'k8s.scale-up': 'Deployment {deployment}: scales up ReplicaSet {rs} from {from} to {to}',
  'k8s.scale-down': 'Deployment {deployment}: scales down ReplicaSet {rs} from {from} to {to}',
  'k8s.rs-history':
    'Deployment {deployment}: deletes ReplicaSet {rs} (revision {revision}: more old ReplicaSets than revisionHistoryLimit {limit})',
  'k8s.restart': 'kubectl patches deployment/{name}: spec.template.metadata.annotations {annotation}: {at}',
  'k8s.rollout-pause': 'kubectl patches deployment/{name}: spec.paused: {paused}',
  'k8s.rollout-paused':
    'Deployment {deployment} is paused: the Deployment controller makes no ReplicaSet for its Pod template until it is resumed',
  'k8s.undo': 'kubectl patches deployment/{name} with the Pod template of revision {revision}',
  'k8s.rs-creates': 'ReplicaSet {rs}: {have} Pods, wants {want}: creates {count}',
  'k8s.rs-deletes':
    'ReplicaSet {rs}: {have} Pods, wants {want}: deletes {count} (those on the nodes with the most of its Pods first, then the newest)',
  'k8s.gc': 'the garbage collector deletes ReplicaSet {rs} and its Pods',
  'k8s.cni-add':
    'CNI ADD: the bridge plugin (containernetworking/plugins {release}), network "{network}", CNI_CONTAINERID={id}…, CNI_IFNAME=eth0',
  'k8s.cni-accept-ra': 'accept_ra=0 on {bridge} (IPv6, not modelled)',
  'k8s.setup-veth': 'ip.SetupVeth: the pair is created in the Pod, its host end moved to the node at once',
  'k8s.host-local':
    'host-local: {ip}/{len} for {id}… (/var/lib/cni/networks/{network}/{ip}, last_reserved_ip.0), gateway {gateway}',
  'k8s.cni-del': 'CNI DEL: the bridge plugin, network "{network}", CNI_CONTAINERID={id}…',
  'k8s.host-local-release':
    'host-local releases {ip} (last_reserved_ip.0 stays: the next Pod gets the next address)',
  'k8s.netpol-stored': "API server: NetworkPolicy {policy} stored; kube-router's informer sees it",
  'k8s.netpol-deleted': 'API server: NetworkPolicy {policy} deleted; kube-router syncs',
  'k8s.router-starts-here':
    'kube-router {release} starts its network policy controller (iptables mode) on the node; netns-lab starts it with the first NetworkPolicy',
  'k8s.router-starts':
    'kube-router {release} (a DaemonSet: one on every node) starts its network policy controller (iptables mode) on {node}; netns-lab starts it with the first NetworkPolicy',
  'k8s.router-ipsets-node':
    "kube-router on {node}: network policy sync (version {version}): the policies' ipsets by `ipset restore -exist`, run line by line (they list the matching Pods of every node)",
  'k8s.router-ipsets':
    "kube-router: network policy sync (version {version}): the policies' ipsets by `ipset restore -exist`, run line by line",
  'k8s.router-filter-node':
    'kube-router on {node}: iptables-save -t filter, the new policy and Pod chains appended (Pod chains for its own Pods only), stale chains dropped, iptables-restore -T filter: run as the commands that change the table',
  'k8s.router-filter':
    'kube-router: iptables-save -t filter, the new policy and Pod chains appended, stale chains dropped, iptables-restore -T filter: run as the commands that change the table',
} as const;

export type NoteCode = keyof typeof NOTES_EN;
