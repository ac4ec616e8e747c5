using Entente.Model;

namespace Entente.Coding.Engine;

/// <summary>
/// An event as the coder found it, before it becomes an <see cref="EventMention"/>: the code is kept as the
/// dictionary wrote it (peer validation dictionaries use WEIS codes, which are not CAMEO).
/// </summary>
/// <param name="Source">Source actor, or null.</param>
/// <param name="Target">Target actor, or null.</param>
/// <param name="Code">The event code as written in the dictionary.</param>
/// <param name="Modality">How the sentence states it.</param>
/// <param name="Speaker">Who reports it, for events in reported speech.</param>
/// <param name="Trigger">Token index of the verb or noun that expresses it.</param>
/// <param name="FirstToken">First token of the words involved.</param>
/// <param name="LastToken">Last token of the words involved.</param>
/// <param name="Pattern">The dictionary entry that produced it, e.g. <c>entente.verbs:312 - * &amp;SANCTIONS [163]</c>.</param>
/// <param name="Confidence">0–1.</param>
public sealed record CodedEvent(
    ActorRef? Source,
    ActorRef? Target,
    string Code,
    Modality Modality,
    ActorRef? Speaker,
    int Trigger,
    int FirstToken,
    int LastToken,
    string Pattern,
    double Confidence);
