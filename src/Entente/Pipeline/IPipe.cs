using Entente.Model;

namespace Entente.Pipeline;

/// <summary>
/// A pipeline component with one job: it reads what earlier components wrote on the
/// <see cref="Document"/> and adds its own annotations. Implementations must be safe to call
/// from several threads at once on different documents.
/// </summary>
public interface IPipe
{
    /// <summary>Short name shown in timings and explanations, e.g. <c>sentences</c>.</summary>
    string Name { get; }

    /// <summary>Annotates <paramref name="document"/> in place.</summary>
    void Process(Document document);
}
