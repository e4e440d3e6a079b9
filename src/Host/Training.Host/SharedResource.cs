namespace Training.Host;

/// <summary>Marker for the texts of the page shell (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
