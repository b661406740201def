# Kubernetes on two nodes, each a network namespace on one underlay (192.168.50.0/24), registered
# as Node objects. The controller-manager gives node1 10.244.0.0/24 and node2 10.244.1.0/24;
# flanneld's VXLAN backend (flannel.1, VNI 1, UDP 8472) routes each node's Pod subnet to the other.
# A Deployment of two nginx Pods lands one on each node (the scheduler takes the emptiest node),
# a Service gives them the ClusterIP 10.96.0.10 and a NodePort, and kube-proxy writes the same
# KUBE-SERVICES rules on both nodes. node2's Pod pings node1's across the overlay (ttl 62: routed by
# both nodes), and fetches the page through the ClusterIP, which KUBE-SVC sends to either Pod. Try `kubectl get pods -o wide`,
# `kubectl exec web-7c7b9bdbc6-c722t -- ping -c 1 10.96.0.10` (the step view explains why it goes nowhere) and
# `ip netns exec node1 nc -z -v 192.168.50.2 30080` (the NodePort on node2).
ip netns add node1
ip netns add node2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node1 link set lo up
ip -n node2 link set lo up
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Node
metadata:
  name: node1
---
apiVersion: v1
kind: Node
metadata:
  name: node2
EOF
kubectl apply -f - <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  clusterIP: 10.96.0.10
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
    nodePort: 30080
EOF

# node2's Pod pings node1's, then fetches the page through the ClusterIP.
ip netns exec web-7c7b9bdbc6-c722t ping -c 1 10.244.0.2
ip netns exec web-7c7b9bdbc6-c722t curl -sI http://10.96.0.10/
