using Entente.Model;

namespace Entente.Coding.Engine;

/// <summary>A resolved actor over a run of tokens of the sentence being coded.</summary>
/// <param name="FirstToken">First token index.</param>
/// <param name="TokenCount">Tokens covered.</param>
/// <param name="Actor">The actor.</param>
public sealed record CodingActor(int FirstToken, int TokenCount, ActorRef Actor)
{
    /// <summary>One past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>True when the token is inside the mention.</summary>
    public bool Covers(int token) => token >= FirstToken && token < EndToken;
}
