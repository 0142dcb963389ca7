// SPDX-License-Identifier: GPL-2.0-or-later
#include "untrustedtext.h"

#include <QTest>

using namespace Stasis;

class UntrustedTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesWhatATerminalHides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::newRow("ANSI colour") << QStringLiteral("\x1b[32mvalid\x1b[0m") << QStringLiteral("\\x1b[32mvalid\\x1b[0m");
        QTest::newRow("newline") << QStringLiteral("a\nVerdict: valid") << QStringLiteral("a\\x0aVerdict: valid");
        QTest::newRow("carriage return") << QStringLiteral("refused\rvalid  ") << QStringLiteral("refused\\x0dvalid  ");
        QTest::newRow("C1 control") << QStringLiteral("a\u009bb") << QStringLiteral("a\\x9bb");
        QTest::newRow("right-to-left override") << QStringLiteral("cp\u202egpj.exe") << QStringLiteral("cp\\u{202e}gpj.exe");
        QTest::newRow("zero-width space") << QStringLiteral("c\u200bp") << QStringLiteral("c\\u{200b}p");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u{2028}b");
        QTest::newRow("byte order mark") << QStringLiteral("\ufeffname") << QStringLiteral("\\u{feff}name");
    }
    void escapesWhatATerminalHides()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QCOMPARE(UntrustedText::escaped(text), printed);
    }

    void keepsWhatItShows()
    {
        const QString text = QStringLiteral("Grüße, 日本 \\x1b 🙂 <b>tag</b> tab-free");
        QCOMPARE(UntrustedText::escaped(text), text);
    }

    void asciiEscapedShowsEveryCharacterBeyondAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain") << QStringLiteral("checkpoint/pages-1.img") << QStringLiteral("checkpoint/pages-1.img");
        QTest::newRow("printable ASCII") << QStringLiteral("<b>a b</b>\\x") << QStringLiteral("<b>a b</b>\\x");
        QTest::newRow("look-alike letter") << QStringLiteral("p\u0430ges-1.img") << QStringLiteral("p\\u{0430}ges-1.img");
        QTest::newRow("Latin-1 letter") << QStringLiteral("\u00e9t\u00e9") << QStringLiteral("\\u{00e9}t\\u{00e9}");
        QTest::newRow("symbol") << QStringLiteral("\u2714 Valid") << QStringLiteral("\\u{2714} Valid");
        QTest::newRow("beyond the BMP") << QStringLiteral("a\U0001F642b") << QStringLiteral("a\\u{1f642}b");
        QTest::newRow("right-to-left override") << QStringLiteral("pages\u202e1.img") << QStringLiteral("pages\\u{202e}1.img");
        QTest::newRow("control characters") << QStringLiteral("a\x1b[2J\x7f\u009b") << QStringLiteral("a\\x1b[2J\\x7f\\x9b");
    }
    void asciiEscapedShowsEveryCharacterBeyondAscii()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QCOMPARE(UntrustedText::asciiEscaped(text), printed);
    }
};

QTEST_GUILESS_MAIN(UntrustedTextTest)
#include "untrustedtexttest.moc"
