/// The look of the note type "Tifa": a large Chinese font stack, pinyin in the usual tone colours (1 red,
/// 2 orange, 3 green, 4 blue, neutral grey, brighter in night mode), the term in bold red in its sentences and
/// blanked on a cloze card's front.
enum CardStyle {
    static let css = """
        .card {
          font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: 20px;
          line-height: 1.5;
          text-align: center;
          color: #1d1d1f;
          background-color: #ffffff;
        }
        .card.nightMode { color: #ececec; background-color: #2c2c2e; }
        .chinese {
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
            "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC",
            SimSun, sans-serif;
        }
        .hanzi { font-size: 64px; line-height: 1.3; }
        .traditional { font-size: 28px; color: #6e6e73; }
        .pinyin { font-size: 26px; margin: 0.3em 0; }
        .meaning { font-size: 22px; }
        .meaning.prompt { font-size: 26px; }
        .kind { font-size: 14px; color: #8e8e93; text-transform: uppercase; letter-spacing: 0.08em; }
        .example { font-size: 28px; margin: 0.6em auto; max-width: 32em; text-align: left; }
        .example b { color: #c62828; }
        .blanked b { color: transparent; border-bottom: 2px solid #8e8e93; }
        .hint, .source, .notes { font-size: 16px; color: #6e6e73; margin-top: 0.5em; }
        .tone1 { color: #e30000; }
        .tone2 { color: #f08000; }
        .tone3 { color: #00a000; }
        .tone4 { color: #1a5fd6; }
        .tone5 { color: #8e8e93; }
        .nightMode .tone1 { color: #ff6961; }
        .nightMode .tone2 { color: #ffb340; }
        .nightMode .tone3 { color: #4cd964; }
        .nightMode .tone4 { color: #64a8ff; }
        .nightMode .example b { color: #ff8a80; }
        """

    /// Colours each syllable of `[data-tifa-pinyin]` by its tone mark: the field keeps plain pinyin, which the
    /// learner can edit and Tifa can read back. Runs on Anki's desktop, AnkiMobile and AnkiDroid alike.
    /// Syllables joined into words (`rénlèi mìngyùn`) are cut as `Pinyin.syllables(in:)` cuts them.
    static let toneScript = """
        <script>
        (function () {
          var marks = ["āēīōūǖĀĒĪŌŪǕ", "áéíóúǘÁÉÍÓÚǗ", "ǎěǐǒǔǚǍĚǏǑǓǙ", "àèìòùǜÀÈÌÒÙǛ"];
          function tone(syllable) {
            for (var t = 0; t < marks.length; t++) {
              for (var i = 0; i < syllable.length; i++) {
                if (marks[t].indexOf(syllable.charAt(i)) >= 0) { return t + 1; }
              }
            }
            return 5;
          }
          function base(c) {
            var d = (c.normalize ? c.normalize("NFD") : c).toLowerCase();
            return d.charAt(0) === "u" && d.indexOf("\\u0308") > 0 ? "ü" : d.charAt(0);
          }
          function syllables(word) {
            var b = [], pieces = [], i = 0;
            for (var k = 0; k < word.length; k++) { b.push(base(word.charAt(k))); }
            function vowel(k) { return k < b.length && "aeiouüv".indexOf(b[k]) >= 0; }
            while (i < word.length) {
              var s = i;
              if (b[i + 1] === "h" && "zcs".indexOf(b[i]) >= 0) { i += 2; }
              else if ("bpmfdtnlgkhjqxrzcsyw".indexOf(b[i]) >= 0) { i += 1; }
              var v = i;
              while (vowel(i)) { i++; }
              if (i > v) {
                if (b[i] === "n" && b[i + 1] === "g" && !vowel(i + 2)) { i += 2; }
                else if ((b[i] === "n" || b[i] === "r") && !vowel(i + 1)) { i += 1; }
              } else if (i > s) {
                while (i < b.length && /[a-z]/.test(b[i]) && !vowel(i)) { i++; }
              } else { i += 1; }
              pieces.push(word.substring(s, i));
            }
            return pieces;
          }
          var fields = document.querySelectorAll("[data-tifa-pinyin]");
          for (var f = 0; f < fields.length; f++) {
            var field = fields[f];
            if (field.getAttribute("data-toned")) { continue; }
            field.setAttribute("data-toned", "1");
            var parts = field.textContent.split(/(\\s+)/);
            field.textContent = "";
            for (var p = 0; p < parts.length; p++) {
              if (/^\\s*$/.test(parts[p])) { field.appendChild(document.createTextNode(parts[p])); continue; }
              var pieces = syllables(parts[p]);
              for (var q = 0; q < pieces.length; q++) {
                if (!/[a-zü]/.test(base(pieces[q].charAt(0)))) { field.appendChild(document.createTextNode(pieces[q])); continue; }
                var span = document.createElement("span");
                span.className = "tone" + tone(pieces[q]);
                span.textContent = pieces[q];
                field.appendChild(span);
              }
            }
          }
        })();
        </script>
        """
}
