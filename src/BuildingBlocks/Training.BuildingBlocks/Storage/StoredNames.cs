using Marten;

namespace Training.BuildingBlocks.Storage;

/// <summary>
/// The names a module's events and documents are stored under, written out instead of derived from
/// class names: renaming a class keeps its stored name, so stored events and tables stay readable.
/// Each module keeps one list (<c>&lt;Module&gt;StoredNames</c>) and applies it in its store configuration;
/// <c>tests/Training.Host.Tests/Storage/stored-names.txt</c> holds every name ever stored. A changed
/// shape is stored under a new name (<c>_v2</c>) while the old name is upcast (see docs/stored-names.md).
/// </summary>
public sealed class StoredNames
{
    private readonly Dictionary<Type, string> _events = [];
    private readonly Dictionary<Type, string> _documents = [];
    private readonly List<(string Name, Action<StoreOptions> Register)> _upcasts = [];
    private readonly List<Action<StoreOptions>> _aliases = [];

    public IReadOnlyDictionary<Type, string> Events => _events;

    public IReadOnlyDictionary<Type, string> Documents => _documents;

    /// <summary>Event names that are no longer written but still read, turned into today's events by an upcaster.</summary>
    public IEnumerable<string> UpcastNames => _upcasts.Select(u => u.Name);

    public StoredNames Event<T>(string name)
    {
        _events.Add(typeof(T), name);
        return this;
    }

    /// <summary>The document's alias: its table is <c>mt_doc_&lt;alias&gt;</c> in the module's schema.</summary>
    public StoredNames Document<T>(string alias)
    {
        _documents.Add(typeof(T), alias);
        _aliases.Add(options => options.Schema.For<T>().DocumentAlias(alias));
        return this;
    }

    /// <summary>Events stored as <typeparamref name="TOld"/> under <paramref name="oldName"/> load as <typeparamref name="TNew"/>.</summary>
    public StoredNames Upcast<TOld, TNew>(string oldName, Func<TOld, TNew> upcast)
        where TOld : class
        where TNew : class
    {
        _upcasts.Add((oldName, new Action<StoreOptions>(options => options.Events.Upcast(oldName, upcast))));
        return this;
    }

    public void ApplyTo(StoreOptions options)
    {
        foreach (var (type, name) in _events)
        {
            options.Events.MapEventType(type, name);
        }

        foreach (var register in _aliases.Concat(_upcasts.Select(u => u.Register)))
        {
            register(options);
        }
    }
}
