namespace Entente.Text.Entities;

/// <summary>An entity as a run of words: first word, number of words and type.</summary>
public readonly record struct EntitySpan(int Start, int Length, string Type);

/// <summary>Reads entity spans from IOB2 tags (an I- tag without its B- opens an entity, as conlleval does).</summary>
public static class EntitySpans
{
    /// <summary>The entities of a tag sequence.</summary>
    public static List<EntitySpan> FromIob2(IReadOnlyList<string> tags)
    {
        var result = new List<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string t = i < tags.Count ? tags[i] ?? "O" : "O";
            bool inside = t.Length > 2 && t[0] == 'I' && type is not null && t.AsSpan(2).SequenceEqual(type);
            if (inside) continue;
            if (type is not null) result.Add(new EntitySpan(start, i - start, type));
            type = null;
            if (t.Length > 2) { start = i; type = t[2..]; }
        }
        return result;
    }
}
