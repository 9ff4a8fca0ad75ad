variables {
  env           = "prod"
  location      = "westeurope"
  unique_suffix = "t1a"
  vnet_cidr     = "10.40.0.0/16"
}

run "prod_row" {
  command = plan

  assert {
    condition     = startswith(output.settings.apim_sku, "Premium_") && output.settings.aks_sku_tier == "Standard"
    error_message = "prod needs Premium APIM and the Standard AKS tier"
  }

  assert {
    condition     = length(output.settings.apim_zones) >= 2 && tonumber(split("_", output.settings.apim_sku)[1]) % length(output.settings.apim_zones) == 0
    error_message = "prod APIM must be zone-redundant with its units spread evenly: ${output.settings.apim_sku} in ${jsonencode(output.settings.apim_zones)}"
  }

  assert {
    condition     = output.settings.postgres_ha && length(output.settings.zones) == 3
    error_message = "prod needs zone-redundant PostgreSQL and zonal pools"
  }
}

run "invariants_hold_in_every_row" {
  command = plan

  variables {
    env = "dev"
  }

  assert {
    condition     = output.settings.servicebus_sku == "Premium"
    error_message = "Service Bus must be Premium"
  }

  assert {
    condition     = contains(output.settings.gpu_node_taints, "sku=gpu:NoSchedule") && output.settings.gpu_min_count == 0
    error_message = "GPU pool must be tainted and scale to zero"
  }

  assert {
    condition     = output.settings.apim_sku == "Developer_1" && length(output.settings.apim_zones) == 0
    error_message = "Non-prod APIM is Developer_1, without zones"
  }
}

run "staging_apim_has_no_zones" {
  command = plan

  variables {
    env = "staging"
  }

  assert {
    condition     = output.settings.apim_sku == "Developer_1" && length(output.settings.apim_zones) == 0
    error_message = "staging APIM stays Developer_1 without zones"
  }
}

run "prod_apim_in_three_zones_with_three_units" {
  command = plan

  variables {
    overrides = { apim_sku = "Premium_3", apim_zones = ["1", "2", "3"] }
  }

  assert {
    condition     = length(output.settings.apim_zones) == 3
    error_message = "Premium_3 in three zones is a valid override"
  }
}

run "rejects_apim_zones_that_do_not_divide_the_units" {
  command = plan

  variables {
    overrides = { apim_zones = ["1", "2", "3"] }
  }

  expect_failures = [output.settings]
}

run "rejects_apim_zones_on_developer" {
  command = plan

  variables {
    env       = "dev"
    overrides = { apim_zones = ["1"] }
  }

  expect_failures = [output.settings]
}

run "rejects_prod_apim_in_one_zone" {
  command = plan

  variables {
    overrides = { apim_zones = ["1"] }
  }

  expect_failures = [var.overrides]
}

run "rejects_unknown_apim_zone" {
  command = plan

  variables {
    overrides = { apim_zones = ["1", "4"] }
  }

  expect_failures = [var.overrides]
}

run "overrides_apply" {
  command = plan

  variables {
    overrides = { gpu_max_count = 5 }
  }

  assert {
    condition     = output.settings.gpu_max_count == 5 && output.settings.gpu_min_count == 0
    error_message = "Overrides merge over the row"
  }
}

run "rejects_standard_servicebus" {
  command = plan

  variables {
    overrides = { servicebus_sku = "Standard" }
  }

  expect_failures = [var.overrides]
}

run "rejects_untainted_gpu_pool" {
  command = plan

  variables {
    overrides = { gpu_node_taints = ["team=ml:NoSchedule"] }
  }

  expect_failures = [var.overrides]
}

run "rejects_gpu_pool_that_cannot_scale_to_zero" {
  command = plan

  variables {
    overrides = { gpu_min_count = 1 }
  }

  expect_failures = [var.overrides]
}

run "rejects_developer_apim_in_prod" {
  command = plan

  variables {
    overrides = { apim_sku = "Developer_1" }
  }

  expect_failures = [var.overrides]
}

run "rejects_workload_identity_without_oidc" {
  command = plan

  variables {
    overrides = { oidc_issuer = false }
  }

  expect_failures = [var.overrides]
}
