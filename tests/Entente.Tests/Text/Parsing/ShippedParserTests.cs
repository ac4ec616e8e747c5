using Entente.Model;
using Entente.Text;
using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

/// <summary>Checks the shipped models/parser.bin (CI never retrains).</summary>
public class ShippedParserTests
{
    [TreebankFact]
    public void ShippedParserKeepsItsAccuracyOnDevWithPredictedTags()
    {
        // Measured on the first 300 dev sentences with the shipped tagger: UAS 85.1, LAS 81.9 (models/parser.md).
        var dev = Treebank.Read("dev", 300);
        var tags = new TaggerTagProvider(TextModels.Tagger, "shipped tagger");
        var (score, _) = ParserEvaluator.Evaluate(DependencyParser.Shipped, dev, tags);
        Assert.True(score.Uas >= 83.0, $"UAS {score.Uas:F2}");
        Assert.True(score.Las >= 79.5, $"LAS {score.Las:F2}");
    }

    [Fact]
    public void ShippedParserSearchesWithTheBeamItWasTrainedWith()
    {
        var parser = DependencyParser.Shipped;
        Assert.Equal(parser.Metadata["beam"], parser.BeamWidth.ToString());
        Assert.True(parser.BeamWidth > 1, "the shipped model is trained with a beam");
    }

    [Fact]
    public void PipeBuildsOneSingleRootedAcyclicTreePerSentence()
    {
        const string text = "The minister said on Monday that talks with Iran would resume. They did not.";
        var doc = new Document(new DocumentMetadata { Id = "t" }, text);
        AddSentence(doc, text, 0, ["The", "minister", "said", "on", "Monday", "that", "talks", "with", "Iran", "would", "resume", "."],
            ["DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "IN", "NNP", "MD", "VB", "."],
            ["DET", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"]);
        AddSentence(doc, text, 1, ["They", "did", "not", "."], ["PRP", "VBD", "RB", "."], ["PRON", "VERB", "PART", "PUNCT"]);

        new ParserPipe().Process(doc);

        foreach (var s in doc.Sentences)
        {
            var t = s.Tokens;
            Assert.Equal(1, t.Count(x => x.Head == -1));
            Assert.All(t, x => Assert.False(string.IsNullOrEmpty(x.Relation)));
            Assert.Equal("root", t.Single(x => x.Head == -1).Relation);
            for (int i = 0; i < t.Length; i++)
            {
                int a = i, steps = 0;
                while (a >= 0 && steps++ <= t.Length) a = t[a].Head;
                Assert.Equal(-1, a);
            }
        }
        var first = doc.Sentences[0].Tokens;
        Assert.Equal(2, Array.FindIndex(first, x => x.Head == -1)); // "said"
        Assert.Equal(2, first[1].Head);                               // minister <- said
        Assert.Equal("nsubj", first[1].Relation);
    }

    private static void AddSentence(Document doc, string text, int index, string[] words, string[] xpos, string[] upos)
    {
        int start = index == 0 ? 0 : text.IndexOf("They", StringComparison.Ordinal);
        var tokens = new Token[words.Length];
        int pos = start;
        for (int i = 0; i < words.Length; i++)
        {
            pos = text.IndexOf(words[i], pos, StringComparison.Ordinal);
            tokens[i] = new Token(words[i], pos, pos + words[i].Length) { Xpos = xpos[i], Upos = upos[i] };
            pos += words[i].Length;
        }
        var s = new Sentence(index, new CharSpan(start, pos), text) { Tokens = tokens };
        doc.Sentences.Add(s);
    }
}
