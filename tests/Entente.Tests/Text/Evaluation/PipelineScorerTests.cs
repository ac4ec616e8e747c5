using Entente.Model;
using Entente.Text.Corpora;
using Entente.Text.Evaluation;

namespace Entente.Tests.Text.Evaluation;

public class PipelineScorerTests
{
    private const string Gold =
        "# newdoc id = d\n# newpar\n# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
        "# text = Yes.\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    private static GoldDocument Doc() => GoldDocumentReader.Build(ConlluReader.Read(new StringReader(Gold)), "g").Single();

    [Fact]
    public void RebuildsRawTextWithOffsets()
    {
        var g = Doc();
        Assert.Equal("I don't know. Yes.", g.Text);
        Assert.Equal([new CharSpan(0, 13), new CharSpan(14, 18)], g.Sentences);
        Assert.Equal(new CharSpan(2, 7), g.Words[1].Token);
        Assert.Equal(new CharSpan(2, 7), g.Words[2].Token);
    }

    [Fact]
    public void PerfectPredictionScoresHundredAndErrorsCount()
    {
        var g = Doc();
        var doc = new Document(new DocumentMetadata { Id = "d" }, g.Text);
        var s1 = new Sentence(0, new CharSpan(0, 13), g.Text)
        {
            Tokens = [Tok("I", 0, 1, "PRON", 3, "nsubj"), Mwt(Tok("do", 2, 4, "AUX", 3, "aux"), 2, 7), Mwt(Tok("n't", 4, 7, "PART", 3, "advmod"), 2, 7),
                      Tok("know", 8, 12, "VERB", -1, "root"), Tok(".", 12, 13, "PUNCT", 3, "punct")],
        };
        var s2 = new Sentence(1, new CharSpan(14, 18), g.Text) { Tokens = [Tok("Yes", 14, 17, "NOUN", -1, "root"), Tok(".", 17, 18, "PUNCT", 0, "punct")] };
        doc.Sentences.Add(s1);
        doc.Sentences.Add(s2);
        var sc = PipelineScorer.Score(g, doc);
        Assert.Equal(100, sc.Tokens.F1, 3);
        Assert.Equal(100, sc.Sentences.F1, 3);
        Assert.Equal(100, sc.Words.F1, 3);
        Assert.Equal(100, sc.Las.F1, 3);
        Assert.Equal(6, sc.Upos.Correct); // "Yes" is INTJ in gold
    }

    [Fact]
    public void WordsGroupIntoSurfaceTokensByTheirSurfaceMarkNotByTheirSpans()
    {
        var g = Doc();
        // Exact spans without the mark: "do" and "n't" are two surface tokens, neither of which is gold's "don't".
        var unmarked = Predict(g, Tok("do", 2, 4, "AUX", 3, "aux"), Tok("n't", 4, 7, "PART", 3, "advmod"));
        Assert.Equal(new F1Score(5, 7, 6), unmarked.Tokens);
        Assert.Equal(5, unmarked.Words.Correct);
        // With the mark they form one multiword token, and both words align.
        var marked = Predict(g, Mwt(Tok("do", 2, 4, "AUX", 3, "aux"), 2, 7), Mwt(Tok("n't", 4, 7, "PART", 3, "advmod"), 2, 7));
        Assert.Equal(new F1Score(6, 6, 6), marked.Tokens);
        Assert.Equal(7, marked.Words.Correct);
        Assert.Equal(100, marked.Las.F1, 3);
    }

    private static PipelineScores Predict(GoldDocument g, Token doWord, Token notWord)
    {
        var doc = new Document(new DocumentMetadata { Id = "d" }, g.Text);
        doc.Sentences.Add(new Sentence(0, new CharSpan(0, 13), g.Text)
        {
            Tokens = [Tok("I", 0, 1, "PRON", 3, "nsubj"), doWord, notWord, Tok("know", 8, 12, "VERB", -1, "root"), Tok(".", 12, 13, "PUNCT", 3, "punct")],
        });
        doc.Sentences.Add(new Sentence(1, new CharSpan(14, 18), g.Text) { Tokens = [Tok("Yes", 14, 17, "INTJ", -1, "root"), Tok(".", 17, 18, "PUNCT", 0, "punct")] });
        return PipelineScorer.Score(g, doc);
    }

    private static Token Mwt(Token word, int start, int end) => word with { Surface = new CharSpan(start, end) };

    private static Token Tok(string text, int start, int end, string upos, int head, string rel) =>
        new(text, start, end) { Upos = upos, Head = head, Relation = rel };
}
