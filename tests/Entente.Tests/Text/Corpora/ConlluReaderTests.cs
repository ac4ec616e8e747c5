using Entente.Text.Corpora;

namespace Entente.Tests.Text.Corpora;

public class ConlluReaderTests
{
    private const string Tricky = """
        # newdoc id = d1
        # sent_id = s1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	knows	know	VERB	VBZ	_	_	_	4:conj	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = s2
        # text = Sue likes tea and Bob coffee
        1	Sue	Sue	PROPN	NNP	_	2	nsubj	2:nsubj	_
        2	likes	like	VERB	VBZ	_	0	root	0:root	_
        3	tea	tea	NOUN	NN	_	2	obj	2:obj	_
        4	and	and	CCONJ	CC	_	5	cc	5.1:cc	_
        5	Bob	Bob	PROPN	NNP	_	2	conj	5.1:nsubj	_
        5.1	likes	like	VERB	VBZ	_	_	_	2:conj:and	CopyOf=2
        6	coffee	coffee	NOUN	NN	_	5	orphan	5.1:obj	_

        """;

    [Fact]
    public void MultiwordTokensEmptyNodesAndCommentsAreRead()
    {
        var sentences = ConlluReader.Read(new StringReader(Tricky)).ToList();
        Assert.Equal(2, sentences.Count);
        var s = sentences[0];
        Assert.Equal("s1", s.SentId);
        Assert.Equal("I don't know.", s.Text);
        Assert.Equal(5, s.Words.Count);
        Assert.Equal(["I", "don't", "know", "."], s.Tokens.Select(t => t.Form));
        Assert.True(s.Tokens[1].IsMultiword);
        Assert.Equal((2, 3), (s.Tokens[1].FirstWord, s.Tokens[1].LastWord));
        Assert.False(s.Tokens[2].SpaceAfter);
        Assert.Single(s.EmptyNodeLines);
        Assert.Equal("I don't know.", s.ReconstructText());
        Assert.Equal(0, s.Words[3].Head);
        // An empty node inside a sentence is kept verbatim but is not a word or a token.
        var gapping = sentences[1];
        Assert.Equal(6, gapping.Words.Count);
        Assert.Equal(6, gapping.Tokens.Count);
        Assert.StartsWith("5.1\t", Assert.Single(gapping.EmptyNodeLines));
    }

    [Fact]
    public void WriterRoundTripsByteForByte()
    {
        var sentences = ConlluReader.Read(new StringReader(Tricky)).ToList();
        var w = new StringWriter { NewLine = "\n" };
        foreach (var s in sentences) ConlluWriter.Write(w, s);
        // The reader accepts a file whose last blank line is missing; the writer always ends a sentence with one.
        Assert.Equal(Tricky.Replace("\r\n", "\n") + "\n", w.ToString());
    }

    [Theory]
    [InlineData("1\tonly\tthree\n", "10 tab-separated columns")]
    [InlineData("2\tskip\t_\t_\t_\t_\t0\troot\t_\t_\n", "out of sequence")]
    [InlineData("1\tx\t_\t_\t_\t_\tX\troot\t_\t_\n", "bad HEAD")]
    [InlineData("1\tx\t_\t_\t_\t_\t5\troot\t_\t_\n", "beyond the sentence")]
    public void MalformedLinesNameTheFileAndLine(string text, string problem)
    {
        var ex = Assert.Throws<CorpusFormatException>(() => ConlluReader.Read(new StringReader("# c\n" + text), "bad.conllu").ToList());
        Assert.Contains(problem, ex.Message);
        Assert.StartsWith("bad.conllu:", ex.Message);
        Assert.True(ex.Line >= 1);
    }
}
