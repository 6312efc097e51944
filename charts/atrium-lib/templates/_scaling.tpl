{{- define "atrium-lib.hpa" -}}
{{- $autoscaling := .Values.autoscaling -}}
{{- if $autoscaling.enabled -}}
{{- if gt (int $autoscaling.minReplicas) (int $autoscaling.maxReplicas) -}}
{{- fail (printf "%s: autoscaling.minReplicas (%d) is above autoscaling.maxReplicas (%d)" .Chart.Name (int $autoscaling.minReplicas) (int $autoscaling.maxReplicas)) -}}
{{- end -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "atrium-lib.fullname" . }}
  minReplicas: {{ $autoscaling.minReplicas }}
  maxReplicas: {{ $autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetCPUUtilizationPercentage }}
    {{- with $autoscaling.metrics }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with $autoscaling.behavior }}
  behavior:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
{{- end }}

{{/* A value counts as set unless it is missing, null or "". */}}
{{- define "atrium-lib.isSet" -}}
{{- if not (or (kindIs "invalid" .) (eq (toString .) "")) }}true{{ end -}}
{{- end }}

{{- define "atrium-lib.pdb" -}}
{{- $budget := .Values.podDisruptionBudget -}}
{{- if $budget.enabled -}}
{{- $minSet := include "atrium-lib.isSet" $budget.minAvailable -}}
{{- $maxSet := include "atrium-lib.isSet" $budget.maxUnavailable -}}
{{- if and $minSet $maxSet -}}
{{- fail (printf "%s: set podDisruptionBudget.minAvailable or podDisruptionBudget.maxUnavailable, not both (a PodDisruptionBudget takes one)" .Chart.Name) -}}
{{- end -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
spec:
  {{- if $minSet }}
  minAvailable: {{ $budget.minAvailable }}
  {{- else if $maxSet }}
  maxUnavailable: {{ $budget.maxUnavailable }}
  {{- else }}
  maxUnavailable: 1
  {{- end }}
  # A crash-looping pod may always be evicted; it serves nothing the budget protects.
  unhealthyPodEvictionPolicy: AlwaysAllow
  selector:
    matchLabels:
      {{- include "atrium-lib.selectorLabels" (dict "root" . "component" "server") | nindent 6 }}
{{- end -}}
{{- end }}
