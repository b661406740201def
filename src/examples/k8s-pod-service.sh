# Kubernetes on one node (the host): two Pods whose sandboxes the CNI bridge plugin builds
# (containernetworking/plugins v1.9.1: cni0, 10.22.0.0/16, host-local addresses, a CNI-… masquerade
# chain per Pod) and a ClusterIP Service that kube-proxy (Kubernetes v1.35, iptables mode)
# implements with KUBE-SERVICES → KUBE-SVC-… → KUBE-SEP-… DNAT rules. Each kubectl command shows
# the ip / iptables commands it amounts to. Try `kubectl get svc`, then, with its CLUSTER-IP,
# `kubectl exec client -- nc -z -v CLUSTER-IP 80` (TCP to the ClusterIP works) and
# `kubectl exec client -- ping -c 1 CLUSTER-IP` (ping does not: no rule matches ICMP).
kubectl run web --image=nginx --labels=app=web --port=80
kubectl run client --image=busybox -- sleep 3600
kubectl expose pod web --port=80 --name=web

# The client Pod pings the web Pod across cni0.
ip netns exec client ping -c 1 10.22.0.2
