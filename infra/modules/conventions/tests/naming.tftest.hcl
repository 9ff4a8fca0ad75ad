variables {
  env           = "dev"
  location      = "westeurope"
  unique_suffix = "t1a"
  vnet_cidr     = "10.40.0.0/16"
}

run "names_follow_the_pattern" {
  command = plan

  assert {
    condition     = output.names.aks == "aks-tailor-dev"
    error_message = "AKS name: ${output.names.aks}"
  }

  assert {
    condition     = can(regex("^[a-z0-9]{3,24}$", output.names.storage_account))
    error_message = "Storage account name must be 3-24 lowercase alphanumerics: ${output.names.storage_account}"
  }

  assert {
    condition     = can(regex("^[a-zA-Z0-9]{5,50}$", output.names.acr))
    error_message = "ACR name must be alphanumeric: ${output.names.acr}"
  }

  assert {
    condition     = length(output.names.key_vault) <= 24
    error_message = "Key Vault name too long: ${output.names.key_vault}"
  }
}

run "longest_env_still_fits_name_limits" {
  command = plan

  variables {
    env           = "staging"
    unique_suffix = "abcdef"
  }

  assert {
    condition     = length(output.names.storage_account) <= 24 && length(output.names.key_vault) <= 24
    error_message = "staging names exceed Azure limits"
  }
}

run "rejects_unknown_env" {
  command = plan

  variables {
    env = "qa"
  }

  expect_failures = [var.env]
}

run "rejects_bad_suffix" {
  command = plan

  variables {
    unique_suffix = "Has-Dash"
  }

  expect_failures = [var.unique_suffix]
}

run "observability_names_fit" {
  command = plan

  variables {
    env           = "staging"
    unique_suffix = "abcdef"
  }

  assert {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,21}[a-zA-Z0-9]$", output.names.grafana))
    error_message = "Managed Grafana names are 2-23 letters, digits and hyphens: ${output.names.grafana}"
  }

  assert {
    condition     = output.names.prometheus_rule_group == "prg-tailor-staging"
    error_message = "Rule group prefix: ${output.names.prometheus_rule_group}"
  }
}
