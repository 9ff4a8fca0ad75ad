# Tailor: the commands people and CI run. See README.md.
ENV ?= dev

.PHONY: run stop test chaos format openapi render deploy infra-plan infra-apply observability

run: ## Build and start api, worker and scoring on built-in defaults
	ops/local/run.sh

stop: ## Stop what make run started
	ops/local/stop.sh

test: ## Everything CI runs
	ops/local/test.sh

chaos: ## Soak test: 1,000 jobs while workers are SIGKILLed; prints the tally (JOBS=, WORKERS= to change)
	ops/local/chaos.sh

format: ## Apply the Java formatter
	JAVA_HOME=$$(ops/local/java-home.sh) ./mvnw -B -q spring-javaformat:apply

openapi: ## Refresh the committed OpenAPI document from the running code
	ops/local/postgres.sh
	JAVA_HOME=$$(ops/local/java-home.sh) ./mvnw -B -q test -pl services/api -am -Dtest=ApiSurfaceTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true

render: ## Render the Kubernetes manifests of ENV
	kubectl kustomize k8s/overlays/$(ENV)

deploy: ## Apply the manifests of ENV to the current kubectl context
	kubectl apply -k k8s/overlays/$(ENV)

infra-plan: ## Terraform plan for ENV (needs Azure access)
	terraform -chdir=infra/envs/$(ENV) init -backend-config=$(ENV).backend.hcl
	terraform -chdir=infra/envs/$(ENV) plan -out=$(ENV).tfplan

infra-apply: ## Terraform apply of the plan made by infra-plan
	terraform -chdir=infra/envs/$(ENV) apply $(ENV).tfplan

.PHONY: bench eval

bench: ## Scoring speed: embedding throughput vs langchain4j and a GEMM ceiling, match latency, RSS
	ops/bench/bench.sh

eval: ## Scoring quality: AUROC/NDCG of the match score and skill-extraction F1 against evals/scoring/baseline.json
	evals/scoring/run.sh

.PHONY: images

images: ## Image tarballs services/<svc>/target/<svc>-image.tar (tailor/<svc>:<version>) without Docker; see ops/images/README.md
	ops/images/build.sh

.PHONY: up down

up: ## Azure, one command: state, terraform apply, tf-outputs.env, cluster bootstrap, images, deploy, smoke through APIM (ops/azure/up.sh)
	ops/azure/up.sh $(ENV)

down: ## Destroy what make up created in ENV (ops/azure/down.sh; prod needs ALLOW_PROD_DOWN=1)
	ops/azure/down.sh $(ENV)

observability: ## Prometheus rules (promtool check/test), dashboard and rule lint; MUTATIONS=1 also proves the checks fail
	ops/observability/check.sh $(if $(MUTATIONS),--mutations,)
