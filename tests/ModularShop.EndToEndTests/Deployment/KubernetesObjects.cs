using System.Globalization;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>A Deployment or a Job: what runs, in pods made from one template.</summary>
internal sealed class Workload
{
    public ObjectMetadata Metadata { get; set; } = new();

    public WorkloadSpec Spec { get; set; } = new();

    public string Name => Metadata.Name;

    public PodSpec Pod => Spec.Template.Spec;

    public Dictionary<string, string> PodLabels => Spec.Template.Metadata.Labels;
}

internal sealed class ObjectMetadata
{
    public string Name { get; set; } = string.Empty;

    public Dictionary<string, string> Labels { get; set; } = [];
}

internal sealed class WorkloadSpec
{
    public DeploymentStrategy? Strategy { get; set; }

    public PodTemplate Template { get; set; } = new();
}

/// <summary>Kubernetes' defaults where the Deployment says nothing.</summary>
internal sealed class DeploymentStrategy
{
    public const string RollingUpdateType = "RollingUpdate";

    public string Type { get; set; } = RollingUpdateType;

    public RollingUpdate? RollingUpdate { get; set; }
}

/// <summary>Each a number of pods or a percentage of the replicas; Kubernetes' default is a quarter for both.</summary>
internal sealed class RollingUpdate
{
    public string MaxUnavailable { get; set; } = "25%";

    public string MaxSurge { get; set; } = "25%";
}

internal sealed class PodTemplate
{
    public ObjectMetadata Metadata { get; set; } = new();

    public PodSpec Spec { get; set; } = new();
}

internal sealed class PodSpec
{
    /// <summary>Kubernetes' default when the pod says nothing.</summary>
    public int TerminationGracePeriodSeconds { get; set; } = 30;

    public PodSecurityContext? SecurityContext { get; set; }

    public List<Container> InitContainers { get; set; } = [];

    public List<Container> Containers { get; set; } = [];

    public List<Volume> Volumes { get; set; } = [];
}

internal sealed class PodSecurityContext
{
    public bool? RunAsNonRoot { get; set; }
}

internal sealed class Container
{
    public string Name { get; set; } = string.Empty;

    public string? Image { get; set; }

    /// <summary>What follows the image's entry point: the host's command, if any.</summary>
    public List<string> Args { get; set; } = [];

    public List<NamedPort> Ports { get; set; } = [];

    public List<EnvironmentSource> EnvFrom { get; set; } = [];

    public List<EnvironmentVariable> Env { get; set; } = [];

    public Probe? StartupProbe { get; set; }

    public Probe? ReadinessProbe { get; set; }

    public Probe? LivenessProbe { get; set; }

    public Dictionary<string, object>? Lifecycle { get; set; }

    public ContainerSecurityContext? SecurityContext { get; set; }

    public List<VolumeMount> VolumeMounts { get; set; } = [];

    /// <summary>The number of a port given by name or by number, as a probe or a Service's targetPort gives it.</summary>
    public int PortNumber(string port) =>
        int.TryParse(port, out var number) ? number
        : Ports.SingleOrDefault(candidate => candidate.Name == port)?.ContainerPort
          ?? throw new InvalidDataException($"{Name} has no port named {port}");
}

internal sealed class NamedPort
{
    public string? Name { get; set; }

    public int ContainerPort { get; set; }
}

internal sealed class EnvironmentSource
{
    public ObjectReference? ConfigMapRef { get; set; }

    public ObjectReference? SecretRef { get; set; }
}

internal sealed class ObjectReference
{
    public string Name { get; set; } = string.Empty;
}

internal sealed class EnvironmentVariable
{
    public string Name { get; set; } = string.Empty;

    public string? Value { get; set; }

    public VariableSource? ValueFrom { get; set; }
}

internal sealed class VariableSource
{
    public KeyReference? ConfigMapKeyRef { get; set; }

    public KeyReference? SecretKeyRef { get; set; }
}

internal sealed class KeyReference
{
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;
}

internal sealed class Probe
{
    public HttpGetAction? HttpGet { get; set; }
}

internal sealed class HttpGetAction
{
    public string? Path { get; set; }

    public string Port { get; set; } = string.Empty;
}

internal sealed class ContainerSecurityContext
{
    public bool? AllowPrivilegeEscalation { get; set; }

    public bool? ReadOnlyRootFilesystem { get; set; }
}

internal sealed class VolumeMount
{
    public string Name { get; set; } = string.Empty;

    public string MountPath { get; set; } = string.Empty;

    public bool ReadOnly { get; set; }

    /// <summary>One file of the volume instead of all of it.</summary>
    public string? SubPath { get; set; }
}

internal sealed class Volume
{
    public string Name { get; set; } = string.Empty;

    public Dictionary<string, object>? EmptyDir { get; set; }

    public ConfigMapVolume? ConfigMap { get; set; }
}

internal sealed class ConfigMapVolume
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Which of the ConfigMap's keys become files, and under which names; all of them, each as itself, when empty.</summary>
    public List<Dictionary<string, object>> Items { get; set; } = [];
}

internal sealed class KubernetesService
{
    public ObjectMetadata Metadata { get; set; } = new();

    public KubernetesServiceSpec Spec { get; set; } = new();

    public string Name => Metadata.Name;

    /// <summary>Whether the Service sends to the workload's pods: every label it selects on is one of theirs.</summary>
    public bool Selects(Workload workload) =>
        Spec.Selector.All(label => workload.PodLabels.GetValueOrDefault(label.Key) == label.Value);
}

internal sealed class KubernetesServiceSpec
{
    public Dictionary<string, string> Selector { get; set; } = [];

    public List<ServicePort> Ports { get; set; } = [];
}

internal sealed class ServicePort
{
    public int Port { get; set; }

    /// <summary>A port of the pods, by name or number.</summary>
    public string? TargetPort { get; set; }

    /// <summary>Where the Service sends: <see cref="TargetPort"/>, by default its own port.</summary>
    public string PodPort => TargetPort ?? Port.ToString(CultureInfo.InvariantCulture);
}
