using System.CommandLine;
using Entente.Text.Corpora;
using Entente.Text.Lemmas;

namespace Entente.Cli.Commands;

/// <summary><c>entente train lemmas</c>: learns the lemmatizer's suffix rules and exceptions from CoNLL-U.</summary>
public static class TrainLemmasCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("lemmas", "Learn lemmatizer rules and exceptions from CoNLL-U (gold XPOS and lemmas).");
        var train = TextCliOptions.Train(); var dev = TextCliOptions.Dev(); var outp = TextCliOptions.Out();
        cmd.Add(train); cmd.Add(dev); cmd.Add(outp);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = TextCliOptions.Existing(r.GetValue(train), "--train");
            var lem = LemmatizerTrainer.Train(Examples(trainPath), TextCliOptions.Meta(trainPath, 1, 0));
            o.WriteLine($"{lem.Size.Exceptions} exceptions, {lem.Size.Rules} suffix rules");
            using (var f = File.Create(r.GetValue(outp)!)) lem.Save(f);
            if (r.GetValue(dev) is { } devPath)
            {
                var ex = Examples(TextCliOptions.Existing(devPath, "--dev")).ToList();
                int ok = ex.Count(e => lem.Lemmatize(e.Form, e.Xpos) == e.Lemma);
                o.WriteLine($"dev lemma accuracy with gold XPOS {100.0 * ok / ex.Count:F2}%");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>Form, XPOS and lemma of every word of a CoNLL-U file.</summary>
    internal static IEnumerable<LemmaExample> Examples(string path) =>
        ConlluReader.ReadFile(path).SelectMany(s => s.Words).Select(w => new LemmaExample(w.Form, w.Xpos, w.Lemma));
}
