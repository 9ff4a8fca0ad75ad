locals {
  # Contract with k8s/: service account of each identity, as system:serviceaccount:<ns>:<sa>.
  subjects = {
    api     = "system:serviceaccount:${var.namespace}:api"
    worker  = "system:serviceaccount:${var.namespace}:worker"
    scoring = "system:serviceaccount:${var.namespace}:scoring"
    keda    = "system:serviceaccount:kube-system:keda-operator"
    # The collector reads the App Insights connection string from Key Vault (CSI driver).
    otel-collector = "system:serviceaccount:${var.namespace}:otel-collector"
  }
}

resource "azurerm_user_assigned_identity" "this" {
  for_each = local.subjects

  name                = "${var.name_prefix}-${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags
}
