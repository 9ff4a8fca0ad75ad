# Shared by every env root: infra/envs/<env>/{main,outputs,providers,variables,versions}.tf are
# symbolic links to the files in this directory. Each env keeps its own env.tf (local.env),
# <env>.backend.hcl (state key) and <env>.auto.tfvars (values). Not a root of its own: run
# terraform in infra/envs/<env>.
module "platform" {
  source = "../../modules/platform"

  env                       = local.env
  location                  = var.location
  unique_suffix             = var.unique_suffix
  vnet_cidr                 = var.vnet_cidr
  tenant_id                 = var.tenant_id
  kubernetes_version        = var.kubernetes_version
  admin_group_object_id     = var.admin_group_object_id
  admin_group_name          = var.admin_group_name
  alert_emails              = var.alert_emails
  budget_start_date         = var.budget_start_date
  openai_deployment         = var.openai_deployment
  apim                      = var.apim
  api_audience              = var.api_audience
  manage_appinsights_secret = var.manage_appinsights_secret
  settings_overrides        = var.settings_overrides
  api_caller_object_ids     = var.api_caller_object_ids
  deploy_bundle_container_id = join("/", [
    "/subscriptions/${var.subscription_id}/resourceGroups/${var.state_resource_group}",
    "providers/Microsoft.Storage/storageAccounts/${var.state_storage_account}/blobServices/default/containers/bundles",
  ])
  openapi_path = "${path.root}/../../../services/api/openapi/openapi.json"
  tags         = { cost-center = "tailor-${local.env}" }

  # Null: Grafana Editor (for the dashboards import) goes to whoever runs terraform apply.
  dashboards_writer_object_id = var.dashboards_writer_object_id
}
