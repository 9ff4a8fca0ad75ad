# Azure Monitor private link scope: its zones, and the access settings per environment.
variables {
  env           = "prod"
  location      = "westeurope"
  unique_suffix = "t1a"
  vnet_cidr     = "10.40.0.0/16"
}

run "private_link_zones" {
  command = plan

  assert {
    condition = alltrue([for key, zone in {
      monitor  = "privatelink.monitor.azure.com"
      oms      = "privatelink.oms.opinsights.azure.com"
      ods      = "privatelink.ods.opinsights.azure.com"
      agentsvc = "privatelink.agentsvc.azure-automation.net"
      blob     = "privatelink.blob.core.windows.net"
    } : contains(output.monitor_private_link_zone_keys, key) && output.private_dns_zones[key] == zone])
    error_message = "The scope's endpoint needs the monitor, oms, ods, agentsvc and blob zones: ${jsonencode(output.monitor_private_link_zone_keys)}"
  }

  assert {
    condition     = length(distinct(values(output.private_dns_zones))) == length(output.private_dns_zones)
    error_message = "One zone per name: the scope's endpoint shares blob with the storage account's"
  }

  assert {
    condition     = output.private_endpoint_subresources.monitor == "azuremonitor"
    error_message = "The scope's private endpoint group is azuremonitor"
  }

  assert {
    condition     = output.names.monitor_private_link_scope == "ampls-tailor-prod"
    error_message = "Scope name: ${output.names.monitor_private_link_scope}"
  }
}

run "prod_ingests_privately" {
  command = plan

  assert {
    condition     = output.settings.monitor_ingestion_access_mode == "PrivateOnly" && !output.settings.monitor_public_ingestion
    error_message = "prod: ingestion only through the scope, public ingestion off"
  }

  assert {
    condition     = output.settings.monitor_query_access_mode == "Open"
    error_message = "prod: queries stay open (portal workbook, Grafana)"
  }
}

run "dev_keeps_public_ingestion" {
  command = plan

  variables {
    env = "dev"
  }

  assert {
    condition     = output.settings.monitor_ingestion_access_mode == "Open" && output.settings.monitor_public_ingestion
    error_message = "dev: Open scope, public ingestion on"
  }
}

run "public_ingestion_can_be_turned_off_anywhere" {
  command = plan

  variables {
    env       = "staging"
    overrides = { monitor_public_ingestion = false, monitor_ingestion_access_mode = "PrivateOnly" }
  }

  assert {
    condition     = !output.settings.monitor_public_ingestion && output.settings.monitor_ingestion_access_mode == "PrivateOnly"
    error_message = "Overrides turn public ingestion off"
  }
}

run "rejects_unknown_access_mode" {
  command = plan

  variables {
    overrides = { monitor_ingestion_access_mode = "Private" }
  }

  expect_failures = [var.overrides]
}
