resource "azurerm_kubernetes_cluster" "this" {
  name                                = var.name
  location                            = var.location
  resource_group_name                 = var.resource_group_name
  node_resource_group                 = "${var.resource_group_name}-nodes"
  dns_prefix_private_cluster          = var.name
  kubernetes_version                  = var.kubernetes_version
  sku_tier                            = var.sku_tier
  private_cluster_enabled             = true
  private_dns_zone_id                 = var.private_dns_zone_id
  private_cluster_public_fqdn_enabled = false
  oidc_issuer_enabled                 = var.oidc_issuer_enabled
  workload_identity_enabled           = var.workload_identity_enabled
  local_account_disabled              = true
  role_based_access_control_enabled   = true
  azure_policy_enabled                = true
  image_cleaner_enabled               = true
  image_cleaner_interval_hours        = 48
  run_command_enabled                 = false
  automatic_upgrade_channel           = "patch"
  node_os_upgrade_channel             = "NodeImage"
  tags                                = var.tags

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.cluster.id]
  }

  api_server_access_profile {
    subnet_id                           = var.apiserver_subnet_id
    virtual_network_integration_enabled = true
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    tenant_id              = var.tenant_id
    admin_group_object_ids = var.admin_group_object_ids
  }

  default_node_pool {
    name                         = "system"
    vm_size                      = var.system_pool.vm_size
    auto_scaling_enabled         = true
    min_count                    = var.system_pool.min_count
    max_count                    = var.system_pool.max_count
    only_critical_addons_enabled = true
    zones                        = var.zones
    vnet_subnet_id               = var.node_subnet_id
    os_sku                       = "AzureLinux"
    temporary_name_for_rotation  = "tmpsys"

    upgrade_settings {
      max_surge = "33%"
    }
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_policy      = "cilium"
    network_data_plane  = "cilium"
    load_balancer_sku   = "standard"
    outbound_type       = "userAssignedNATGateway"
    pod_cidr            = var.cluster_network.pod_cidr
    service_cidr        = var.cluster_network.service_cidr
    dns_service_ip      = var.cluster_network.dns_service_ip
  }

  workload_autoscaler_profile {
    keda_enabled = true
  }

  key_vault_secrets_provider {
    secret_rotation_enabled  = true
    secret_rotation_interval = "2m"
  }

  oms_agent {
    log_analytics_workspace_id      = var.log_analytics_workspace_id
    msi_auth_for_monitoring_enabled = true
  }

  microsoft_defender {
    log_analytics_workspace_id = var.log_analytics_workspace_id
  }

  monitor_metrics {}

  maintenance_window_auto_upgrade {
    frequency   = "Weekly"
    interval    = 1
    day_of_week = "Sunday"
    start_time  = "02:00"
    duration    = 4
    utc_offset  = "+00:00"
  }

  maintenance_window_node_os {
    frequency   = "Weekly"
    interval    = 1
    day_of_week = "Saturday"
    start_time  = "02:00"
    duration    = 4
    utc_offset  = "+00:00"
  }

  lifecycle {
    # The patch channel moves the version; Terraform must not roll it back.
    ignore_changes = [kubernetes_version, default_node_pool[0].upgrade_settings]

    precondition {
      condition     = !var.workload_identity_enabled || var.oidc_issuer_enabled
      error_message = "Workload identity requires the OIDC issuer."
    }
  }

  depends_on = [azurerm_role_assignment.dns_zone, azurerm_role_assignment.network]
}
