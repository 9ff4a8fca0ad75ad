variables {
  env           = "dev"
  location      = "westeurope"
  unique_suffix = "t1a"
  vnet_cidr     = "10.40.0.0/16"
}

run "address_plan" {
  command = plan

  assert {
    condition     = output.subnets.aks_nodes == "10.40.0.0/20"
    error_message = "aks_nodes: ${output.subnets.aks_nodes}"
  }

  assert {
    condition     = output.subnets.aks_apiserver == "10.40.19.0/28"
    error_message = "The API server subnet must be a /28: ${output.subnets.aks_apiserver}"
  }

  assert {
    condition     = length(distinct(values(output.subnets))) == length(output.subnets)
    error_message = "Subnets must be distinct"
  }

  assert {
    condition     = output.cluster_network.dns_service_ip == "172.16.0.10"
    error_message = "DNS service IP must sit inside the service CIDR"
  }
}

run "private_dns_zones" {
  command = plan

  assert {
    condition     = output.private_dns_zones.aks == "privatelink.westeurope.azmk8s.io"
    error_message = "AKS zone must be regional"
  }

  assert {
    condition     = endswith(output.postgres_dns_zone, ".postgres.database.azure.com")
    error_message = "PostgreSQL zone must end in .postgres.database.azure.com"
  }

  assert {
    condition     = alltrue([for key, _ in output.private_endpoint_subresources : contains(keys(output.private_dns_zones), key)])
    error_message = "Every private endpoint subresource needs a zone"
  }
}

run "rejects_service_cidr_inside_vnet" {
  command = plan

  variables {
    service_cidr = "10.40.128.0/20"
  }

  expect_failures = [output.cluster_network]
}

run "rejects_pod_cidr_overlapping_services" {
  command = plan

  variables {
    pod_cidr = "172.16.0.0/12"
  }

  expect_failures = [output.cluster_network]
}

run "rejects_non_16_vnet" {
  command = plan

  variables {
    vnet_cidr = "10.40.0.0/20"
  }

  expect_failures = [var.vnet_cidr]
}

run "api_backend" {
  command = plan

  assert {
    condition     = output.api_backend.ip == "10.40.15.250" && cidrsubnet("${output.api_backend.ip}/20", 0, 0) == output.subnets.aks_nodes
    error_message = "The api's internal load balancer address must sit in the node subnet: ${output.api_backend.ip}"
  }

  assert {
    condition     = output.api_backend.fqdn == "${output.api_backend.record}.${output.private_dns_zones[output.api_backend.zone_key]}"
    error_message = "APIM's backend name must be the record in the api_internal zone: ${output.api_backend.fqdn}"
  }

  assert {
    condition     = output.api_backend.scheme == "https" && output.api_backend.port == 443
    error_message = "APIM calls the api over TLS on 443: ${output.api_backend.scheme}:${output.api_backend.port}"
  }

  assert {
    condition     = can(regex("^[0-9a-zA-Z-]{1,127}$", output.api_backend.certificate_name))
    error_message = "The api's certificate must have a Key Vault object name: ${output.api_backend.certificate_name}"
  }
}
