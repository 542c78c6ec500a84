# The two commands a newcomer needs: `make run` (the whole system, embedded infrastructure, demo data,
# gateway on http://localhost:8080) and `make test` (every test, against the real local servers).
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Build and run on the newest JDK present (21+ gives virtual threads); bytecode stays --release 17.
NEWEST_JDK := $(lastword $(sort $(wildcard /usr/lib/jvm/temurin-2[1-9]-jdk-* /usr/lib/jvm/java-2[1-9]-openjdk-*)))
ifneq ($(NEWEST_JDK),)
export JAVA_HOME := $(NEWEST_JDK)
endif
JAVA := $(if $(JAVA_HOME),$(JAVA_HOME)/bin/java,java)
MVN := ./mvnw -B
VERSION := 0.1.0-SNAPSHOT
LAUNCHER := local/target/local-$(VERSION)-exec.jar
BUILD_STAMP := local/target/.built
SOURCES := $(shell find pom.xml platform services gateway local local-host bench \( -path '*/target*' -o -path bench/results \) -prune -o -type f \( -name '*.java' -o -name '*.xml' -o -name '*.yml' -o -name '*.yaml' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' -o -name '*.csv' -o -name '*.txt' \) -print 2>/dev/null) api/openapi.json

.PHONY: help run test build bench drills api-contract clients clean-data clean

help:
	@echo "make run         build if needed, then start everything (gateway on http://localhost:8080)"
	@echo "make test        run all unit, integration and end-to-end tests"
	@echo "make build       build the runnable jars without running tests"
	@echo "make bench       measure the whole system on 127.0.0.1 (about 4 min; settings in bench/run.sh); results in bench/results/"
	@echo "make drills      break the system on a highly available topology under load, one thing at a time (about 30 min; not part of make test); report in drills/results/"
	@echo "make api-contract rewrite api/openapi.json (the public API contract) from the code, then the clients; see docs/api-changelog.md"
	@echo "make clients     regenerate the Dart package clients/dart from api/openapi.json"
	@echo "make clean-data  delete the local data folder (.local-data): database, keys, logs"
	@echo "make clean       delete build output"

# the launcher holds PostgreSQL's and Redis's processes and the in-JVM broker (memory only); its heap is capped so
# that the whole local system stays small (the services run in the service host JVM it starts)
LAUNCHER_JVM := -Xmx256m
run: $(BUILD_STAMP)
	$(JAVA) $(LAUNCHER_JVM) -jar $(LAUNCHER)

build: $(BUILD_STAMP)

$(BUILD_STAMP): $(SOURCES)
	$(MVN) -q -DskipTests -Djacoco.skip=true package
	@touch $@

bench: $(BUILD_STAMP)
	JAVA=$(JAVA) LAUNCHER_JVM="$(LAUNCHER_JVM)" bench/run.sh

# the failure drills (drills/run.sh): not part of `make test`; root, Debian packages, about 30 minutes
drills: $(BUILD_STAMP)
	JAVA=$(JAVA) drills/run.sh

test:
	$(MVN) verify

# the services' API documents (written by their ApiDocs integration tests), merged, linted and written to
# api/openapi.json; refused while docs/api-changelog.md does not name a breaking change
API_DOCS_MODULES := services/user-service,services/product-service,services/cart-service,services/order-service,services/payment-service,services/delivery-service,services/notification-service,services/search-service,services/file-service,services/admin-service,api
api-contract:
	$(MVN) -q verify -Djacoco.skip=true -pl $(API_DOCS_MODULES) -am -Dapi.update=true \
	  -Dtest='ApiErrorsTests,ContractTests' -Dit.test='ApiDocsIntegrationTests,CatalogueReadIntegrationTests,CartIntegrationTests' \
	  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
	$(MAKE) clients

# the Dart package for the Flutter app, generated from api/openapi.json into clients/dart (committed; the build fails
# while it differs from what the contract generates); the generator's files are removed first, so a schema or
# operation dropped from the contract disappears from the package too; the README is written by hand
DART_PACKAGE := clients/dart
clients:
	find $(DART_PACKAGE) -mindepth 1 -maxdepth 1 ! -name README.md ! -name .openapi-generator-ignore -exec rm -rf {} +
	$(MVN) -q generate-test-resources -pl clients -Dclients.update=true

clean-data:
	rm -rf .local-data

clean:
	$(MVN) -q clean
