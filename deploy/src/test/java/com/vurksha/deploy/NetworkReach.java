package com.vurksha.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Who may open a connection to whom under the rendered NetworkPolicies, for pods of this namespace (by their pod
 * template labels) and for other namespaces (by name). Ports are numbers, protocols TCP unless named.
 */
final class NetworkReach {

	private NetworkReach() {
	}

	/** The pod template labels of a workload. */
	static Map<String, String> podLabels(Manifests m, String workload) {
		return m.deployments().stream()
			.filter(d -> workload.equals(d.getMetadata().getName()))
			.findFirst()
			.map(d -> d.getSpec().getTemplate().getMetadata().getLabels())
			.orElseThrow(() -> new AssertionError("no Deployment " + workload));
	}

	/** The container port of a workload's first container named {@code http}. */
	static int httpPort(Manifests m, String workload) {
		Deployment d = m.deployments().stream().filter(x -> workload.equals(x.getMetadata().getName())).findFirst()
			.orElseThrow();
		return d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
			.filter(p -> "http".equals(p.getName())).findFirst().orElseThrow().getContainerPort();
	}

	/** Whether pods labelled {@code from} of this namespace may connect to pods labelled {@code to} on the port. */
	static boolean ingressAllows(Manifests m, Map<String, String> from, Map<String, String> to, int port) {
		return selecting(m, to, "Ingress").stream()
			.flatMap(p -> p.getSpec().getIngress() == null ? Stream.empty()
					: p.getSpec().getIngress().stream())
			.anyMatch(rule -> ports(rule.getPorts(), "TCP", port) && (rule.getFrom() == null || rule.getFrom().isEmpty()
					|| rule.getFrom().stream().anyMatch(peer -> samePodsPeer(peer, from))));
	}

	/** Whether pods labelled {@code from} may open connections to pods labelled {@code to} of this namespace. */
	static boolean egressAllows(Manifests m, Map<String, String> from, Map<String, String> to, int port) {
		return egressAllows(m, from, "TCP", port, peer -> samePodsPeer(peer, to));
	}

	/** Whether pods labelled {@code from} may open connections to pods of the named namespace. */
	static boolean egressAllowsNamespace(Manifests m, Map<String, String> from, String namespace, String protocol,
			int port) {
		return egressAllows(m, from, protocol, port, peer -> peer.getIpBlock() == null
				&& peer.getNamespaceSelector() != null && peer.getNamespaceSelector().getMatchLabels() != null
				&& namespace.equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")));
	}

	/**
	 * Sources other than the named workload (and Prometheus of the monitoring namespace) that a policy admits to the
	 * workload {@code to}, as violations; empty when only {@code from} may reach it.
	 */
	static List<String> reachedOnlyFrom(Manifests m, String to, String from) {
		Map<String, String> target = podLabels(m, to);
		Map<String, String> allowed = podLabels(m, from);
		List<String> v = new ArrayList<>();
		for (NetworkPolicy p : selecting(m, target, "Ingress")) {
			for (NetworkPolicyIngressRule rule : p.getSpec().getIngress() == null ? List.<NetworkPolicyIngressRule>of()
					: p.getSpec().getIngress()) {
				if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
					v.add(ManifestRules.id(p) + ": admits any source to " + to);
					continue;
				}
				for (NetworkPolicyPeer peer : rule.getFrom()) {
					boolean prometheus = peer.getNamespaceSelector() != null && peer.getPodSelector() != null
							&& ManifestRules.MONITORING_NAMESPACE.equals(
									peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
							&& "prometheus".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
					boolean onlyFrom = peer.getNamespaceSelector() == null && peer.getIpBlock() == null
							&& peer.getPodSelector() != null
							&& m.deployments().stream().map(d -> d.getSpec().getTemplate().getMetadata().getLabels())
								.filter(labels -> ManifestRules.selects(peer.getPodSelector(), labels))
								.allMatch(allowed::equals);
					if (!prometheus && !onlyFrom) {
						v.add(ManifestRules.id(p) + ": admits sources other than " + from + " to " + to);
					}
				}
			}
		}
		if (!ingressAllows(m, allowed, target, httpPort(m, to))) {
			v.add("no NetworkPolicy admits " + from + " to " + to);
		}
		return v;
	}

	private static boolean egressAllows(Manifests m, Map<String, String> from, String protocol, int port,
			Predicate<NetworkPolicyPeer> peerMatches) {
		List<NetworkPolicy> egress = selecting(m, from, "Egress");
		// no Egress policy selects the pods: their egress is not restricted
		return egress.isEmpty() || egress.stream()
			.flatMap(p -> p.getSpec().getEgress() == null ? Stream.empty()
					: p.getSpec().getEgress().stream())
			.anyMatch(rule -> ports(rule.getPorts(), protocol, port)
					&& (rule.getTo() == null || rule.getTo().isEmpty() || rule.getTo().stream().anyMatch(peerMatches)));
	}

	private static List<NetworkPolicy> selecting(Manifests m, Map<String, String> labels, String type) {
		return m.all(NetworkPolicy.class).stream()
			.filter(p -> p.getSpec().getPolicyTypes() != null && p.getSpec().getPolicyTypes().contains(type)
					&& ManifestRules.selects(p.getSpec().getPodSelector(), labels))
			.toList();
	}

	/** A peer of this namespace selecting the pods: a pod selector alone, no namespace selector or IP block. */
	private static boolean samePodsPeer(NetworkPolicyPeer peer, Map<String, String> labels) {
		return peer.getNamespaceSelector() == null && peer.getIpBlock() == null
				&& ManifestRules.selects(peer.getPodSelector(), labels);
	}

	private static boolean ports(List<NetworkPolicyPort> ports, String protocol, int port) {
		return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> protocol.equals(
				p.getProtocol() == null ? "TCP" : p.getProtocol()) && p.getPort() != null
				&& Integer.valueOf(port).equals(p.getPort().getIntVal()));
	}

}
