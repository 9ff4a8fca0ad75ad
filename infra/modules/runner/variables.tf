variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name" {
  type = string
}

variable "subnet_id" {
  description = "snet-runner: in the VNet every private zone is linked to, egress through the NAT gateway."
  type        = string
}

variable "vm_size" {
  type    = string
  default = "Standard_B2s"
}

variable "ssh_public_key" {
  description = "Required by Azure; its private key was discarded. Reach the VM with az vm run-command invoke."
  type        = string
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICan9biShPAdSctOGBRO19l9XIzGcBRlRkQgSxv8KnGD tailor-runner-no-ssh"
}

variable "grants" {
  description = "Role name to scope for the runner's identity (push images, administer the cluster, read deploy bundles, issue the api's TLS certificate)."
  type        = map(object({ role = string, scope = string }))
}

variable "tags" {
  type = map(string)
}
