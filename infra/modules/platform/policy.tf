# Runtime guardrails on the cluster (Gatekeeper, through the azure_policy add-on). Looked up by
# display name, so a renamed built-in fails the plan instead of assigning the wrong policy.
data "azurerm_policy_set_definition" "pod_security_restricted" {
  display_name = "Kubernetes cluster pod security restricted standards for Linux-based workloads"
}

data "azurerm_policy_definition" "allowed_images" {
  display_name = "Kubernetes cluster containers should only use allowed images"
}

data "azurerm_policy_definition" "internal_load_balancers" {
  display_name = "Kubernetes clusters should use internal load balancers"
}

locals {
  # AKS's own add-ons (and the NVIDIA device plugin, which needs a hostPath) run in kube-system.
  policy_excluded_namespaces = ["kube-system", "gatekeeper-system", "azure-arc", "aks-command"]

  cluster_policies = {
    pod-security-restricted = {
      definition = data.azurerm_policy_set_definition.pod_security_restricted.id
      parameters = {}
    }
    allowed-images = {
      definition = data.azurerm_policy_definition.allowed_images.id
      parameters = { allowedContainerImagesRegex = { value = "^${replace(module.acr.login_server, ".", "\\.")}/.+$" } }
    }
    internal-load-balancers = {
      definition = data.azurerm_policy_definition.internal_load_balancers.id
      parameters = {}
    }
  }
}

resource "azurerm_resource_policy_assignment" "cluster" {
  for_each = local.cluster_policies

  name                 = "tailor-${each.key}"
  resource_id          = module.aks.id
  policy_definition_id = each.value.definition
  parameters = jsonencode(merge(each.value.parameters, {
    effect             = { value = "deny" }
    excludedNamespaces = { value = local.policy_excluded_namespaces }
  }))
}
