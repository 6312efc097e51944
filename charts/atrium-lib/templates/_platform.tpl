{{/*
The platform's components as the code wires them: the port each listens on, the peers each calls over
gRPC (each service's src/app.ts and the gateway's backends.ts), what each reaches outside the release and
whether it owns a JetStream stream (startBackend's publishesEvents). <PEER>_ADDR variables,
NetworkPolicies and hook Jobs are derived from here, so callers and callees cannot disagree.
*/}}
{{- define "atrium-lib.platform" -}}
gateway:
  port: 8080
  protocol: http
  calls: [identity, tenancy, billing, campaigns, notification]
  uses: [nats]
  jwt: true
identity:
  port: 50051
  protocol: grpc
  grpcService: atrium.identity.v1.IdentityService
  calls: [tenancy]
  uses: [postgres, nats]
  jwt: true
  stream: true
tenancy:
  port: 50052
  protocol: grpc
  grpcService: atrium.tenancy.v1.TenancyService
  calls: []
  uses: [postgres, nats]
  stream: true
billing:
  port: 50053
  protocol: grpc
  grpcService: atrium.billing.v1.BillingService
  calls: []
  uses: [postgres, nats]
  stream: true
campaigns:
  port: 50054
  protocol: grpc
  grpcService: atrium.campaigns.v1.CampaignsService
  calls: []
  uses: [postgres, nats]
  stream: true
notification:
  port: 50055
  protocol: grpc
  grpcService: atrium.notification.v1.NotificationService
  calls: [tenancy]
  uses: [postgres, nats, smtp]
  stream: true
{{- end }}

{{/* This chart's entry of atrium-lib.platform, as YAML: include … | fromYaml. */}}
{{- define "atrium-lib.component" -}}
{{- $platform := include "atrium-lib.platform" . | fromYaml -}}
{{- if not (hasKey $platform .Chart.Name) -}}
{{- fail (printf "atrium-lib: chart %q is not an Atrium component (one of %s)" .Chart.Name (keys $platform | sortAlpha | join ", ")) -}}
{{- end -}}
{{- toYaml (index $platform .Chart.Name) -}}
{{- end }}

{{/* The components that call this one over gRPC, as a YAML list. */}}
{{- define "atrium-lib.callers" -}}
{{- $callers := list -}}
{{- range $name, $component := include "atrium-lib.platform" . | fromYaml -}}
{{- if has $.Chart.Name $component.calls -}}
{{- $callers = append $callers $name -}}
{{- end -}}
{{- end -}}
{{- toYaml (sortAlpha $callers) -}}
{{- end }}

{{/*
Settings shared by every service, from the umbrella chart's `global` (charts/atrium/values.yaml documents
each key). The defaults here apply when a service chart is rendered on its own. `dig` rather than a merge:
sprig's merges treat false and 0 as unset and would ignore `networkPolicy.enabled: false`.
*/}}
{{- define "atrium-lib.global" -}}
{{- $g := .Values.global | default dict -}}
image:
  registry: {{ dig "image" "registry" "" $g | quote }}
  tag: {{ dig "image" "tag" "" $g | quote }}
  pullPolicy: {{ dig "image" "pullPolicy" "IfNotPresent" $g }}
imagePullSecrets: {{ dig "imagePullSecrets" list $g | toJson }}
logLevel: {{ dig "logLevel" "info" $g }}
tracing:
  otlpEndpoint: {{ dig "tracing" "otlpEndpoint" "" $g | quote }}
grpcDeadlineMs: {{ dig "grpcDeadlineMs" 5000 $g | int }}
database:
  existingSecret: {{ dig "database" "existingSecret" "atrium-database-urls" $g | quote }}
nats:
  url: {{ dig "nats" "url" "nats://nats:4222" $g | quote }}
  existingSecret: {{ dig "nats" "existingSecret" "" $g | quote }}
  secretKey: {{ dig "nats" "secretKey" "NATS_URL" $g | quote }}
  streamReplicas: {{ dig "nats" "streamReplicas" 1 $g | int }}
events:
  namespace: {{ dig "events" "namespace" "" $g | quote }}
jwt:
  issuer: {{ dig "jwt" "issuer" "atrium" $g | quote }}
  audience: {{ dig "jwt" "audience" "atrium-api" $g | quote }}
  accessTokenTtlSeconds: {{ dig "jwt" "accessTokenTtlSeconds" 900 $g | int }}
metrics:
  port: {{ dig "metrics" "port" 9464 $g | int }}
  scrapeFrom: {{ dig "metrics" "scrapeFrom" list $g | toJson }}
networkPolicy:
  enabled: {{ dig "networkPolicy" "enabled" true $g }}
  dns:
    ports: {{ dig "networkPolicy" "dns" "ports" (list 53) $g | toJson }}
    to: {{ dig "networkPolicy" "dns" "to" (list (dict "namespaceSelector" dict "podSelector" (dict "matchLabels" (dict "k8s-app" "kube-dns")))) $g | toJson }}
  postgres:
    ports: {{ dig "networkPolicy" "postgres" "ports" (list 5432) $g | toJson }}
    to: {{ dig "networkPolicy" "postgres" "to" list $g | toJson }}
  nats:
    ports: {{ dig "networkPolicy" "nats" "ports" (list 4222) $g | toJson }}
    to: {{ dig "networkPolicy" "nats" "to" list $g | toJson }}
{{- end }}
