locals {
  subnets = {
    aks_nodes         = cidrsubnet(var.vnet_cidr, 4, 0)
    private_endpoints = cidrsubnet(var.vnet_cidr, 8, 16)
    apim              = cidrsubnet(var.vnet_cidr, 8, 17)
    postgres          = cidrsubnet(var.vnet_cidr, 8, 18)
    aks_apiserver     = cidrsubnet(var.vnet_cidr, 12, 304)
    # The deploy runner VM (modules/runner): the in-VNet half of make up and of CD.
    runner = cidrsubnet(var.vnet_cidr, 8, 20)
  }

  dns_service_ip = cidrhost(var.service_cidr, 10)

  # Two CIDRs overlap when their networks agree at the shorter of the two prefixes.
  cluster_ranges = { pod = var.pod_cidr, service = var.service_cidr, vnet = var.vnet_cidr }
  overlapping = [
    for pair in [["pod", "service"], ["pod", "vnet"], ["service", "vnet"]] : join("/", pair)
    if cidrhost("${split("/", local.cluster_ranges[pair[0]])[0]}/${min(split("/", local.cluster_ranges[pair[0]])[1], split("/", local.cluster_ranges[pair[1]])[1])}", 0)
    == cidrhost("${split("/", local.cluster_ranges[pair[1]])[0]}/${min(split("/", local.cluster_ranges[pair[0]])[1], split("/", local.cluster_ranges[pair[1]])[1])}", 0)
  ]
}
