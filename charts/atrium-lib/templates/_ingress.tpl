{{/* The platform's only entry from outside the cluster; only the gateway chart includes it. */}}
{{- define "atrium-lib.ingress" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- if ne $component.protocol "http" -}}
{{- fail (printf "%s speaks gRPC inside the cluster only; only the gateway has an Ingress" .Chart.Name) -}}
{{- end -}}
{{- if .Values.ingress.enabled -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- with .Values.ingress.tls }}
  tls:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  rules:
    {{- range .Values.ingress.hosts }}
    - host: {{ .host | quote }}
      http:
        paths:
          {{- range .paths }}
          - path: {{ .path }}
            pathType: {{ .pathType }}
            backend:
              service:
                name: {{ include "atrium-lib.fullname" $ }}
                port:
                  name: http
          {{- end }}
    {{- end }}
{{- end -}}
{{- end }}
