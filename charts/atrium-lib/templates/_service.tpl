{{- define "atrium-lib.service" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "atrium-lib.selectorLabels" (dict "root" . "component" "server") | nindent 4 }}
  ports:
    - name: {{ $component.protocol }}
      port: {{ $component.port }}
      targetPort: {{ $component.protocol }}
      protocol: TCP
      appProtocol: {{ eq $component.protocol "grpc" | ternary "kubernetes.io/h2c" "http" }}
    # GET /metrics for a ServiceMonitor (docs/operations.md, "What to watch").
    - name: metrics
      port: {{ (include "atrium-lib.global" . | fromYaml).metrics.port }}
      targetPort: metrics
      protocol: TCP
      appProtocol: http
{{- end }}

{{- define "atrium-lib.serviceAccount" -}}
{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "atrium-lib.serviceAccountName" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: false
{{- end }}
{{- end }}

{{- define "atrium-lib.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
data:
  {{- include "atrium-lib.configEnv" . | trim | nindent 2 }}
{{- end }}
