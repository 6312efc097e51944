{{/* An egress rule to the given TCP ports; without `to`, any destination on them. Takes {ports, to}. */}}
{{- define "atrium-lib.egressRule" -}}
- ports:
    {{- range .ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{- define "atrium-lib.dnsEgress" -}}
{{- $dns := (include "atrium-lib.global" . | fromYaml).networkPolicy.dns -}}
- ports:
    {{- range $dns.ports }}
    - port: {{ . }}
      protocol: UDP
    - port: {{ . }}
      protocol: TCP
    {{- end }}
  {{- with $dns.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{/*
The server pods accept their own port only from the components that call them (the gateway from
`networkPolicy.ingressFrom`, i.e. the ingress controller) and the metrics port only from
`global.metrics.scrapeFrom`; they reach only DNS, the peers they call, Postgres, NATS and, for
notification, SMTP.
*/}}
{{- define "atrium-lib.networkPolicy" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $platform := include "atrium-lib.platform" . | fromYaml -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- if $global.networkPolicy.enabled -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "atrium-lib.selectorLabels" (dict "root" . "component" "server") | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - ports:
        - port: {{ $component.port }}
          protocol: TCP
      {{- if eq $component.protocol "grpc" }}
      from:
        {{- range $caller := include "atrium-lib.callers" . | fromYamlArray }}
        - podSelector:
            matchLabels:
              {{- include "atrium-lib.selectorLabels" (dict "root" $ "name" $caller "component" "server") | nindent 14 }}
        {{- end }}
      {{- else if .Values.networkPolicy.ingressFrom }}
      from:
        {{- toYaml .Values.networkPolicy.ingressFrom | nindent 8 }}
      {{- end }}
    # The metrics port, from global.metrics.scrapeFrom (Prometheus); empty lets any pod scrape.
    - ports:
        - port: {{ $global.metrics.port }}
          protocol: TCP
      {{- with $global.metrics.scrapeFrom }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- with .Values.networkPolicy.extraIngress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  egress:
    {{- include "atrium-lib.dnsEgress" . | nindent 4 }}
    {{- range $peer := $component.calls }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "atrium-lib.selectorLabels" (dict "root" $ "name" $peer "component" "server") | nindent 14 }}
      ports:
        - port: {{ (index $platform $peer).port }}
          protocol: TCP
    {{- end }}
    {{- if has "postgres" $component.uses }}
    {{- include "atrium-lib.egressRule" $global.networkPolicy.postgres | nindent 4 }}
    {{- end }}
    {{- if has "nats" $component.uses }}
    {{- include "atrium-lib.egressRule" $global.networkPolicy.nats | nindent 4 }}
    {{- end }}
    {{- if has "smtp" $component.uses }}
    {{- include "atrium-lib.egressRule" .Values.networkPolicy.smtp | nindent 4 }}
    {{- end }}
    {{- with .Values.networkPolicy.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}
{{- end }}

{{/* The hook Jobs' pods: no ingress; egress to DNS and to the Postgres and NATS they provision. */}}
{{- define "atrium-lib.jobsNetworkPolicy" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- $migrations := and (has "postgres" $component.uses) (.Values.migrations | default dict).enabled -}}
{{- $streams := and $component.stream (.Values.streams | default dict).enabled -}}
{{- if and $global.networkPolicy.enabled (or $migrations $streams) -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "atrium-lib.fullname" . }}-jobs
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "jobs") | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: {{ .Chart.Name }}
      app.kubernetes.io/instance: {{ .Release.Name }}
    matchExpressions:
      - key: app.kubernetes.io/component
        operator: In
        values: [migrations, streams]
  policyTypes: [Ingress, Egress]
  egress:
    {{- include "atrium-lib.dnsEgress" . | nindent 4 }}
    {{- if $migrations }}
    {{- include "atrium-lib.egressRule" $global.networkPolicy.postgres | nindent 4 }}
    {{- end }}
    {{- if $streams }}
    {{- include "atrium-lib.egressRule" $global.networkPolicy.nats | nindent 4 }}
    {{- end }}
{{- end -}}
{{- end }}
