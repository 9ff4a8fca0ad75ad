variables {
  env           = "prod"
  location      = "westeurope"
  unique_suffix = "t1a"
  vnet_cidr     = "10.40.0.0/16"
}

run "prod_row" {
  command = plan

  assert {
    condition     = output.settings.apim_sku == "Premium_1" && output.settings.aks_sku_tier == "Standard"
    error_message = "prod needs Premium APIM and the Standard AKS tier"
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
    condition     = output.settings.apim_sku == "Developer_1"
    error_message = "Non-prod APIM is Developer_1"
  }
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
