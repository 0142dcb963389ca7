// SPDX-License-Identifier: GPL-2.0-or-later
#include "logpane.h"
#include "engineclient.h"
#include "logstream.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Stasis;

namespace
{
QList<LogLine> numberedLines(int from, int count, LogLine::Stream stream = LogLine::Stream::Stdout)
{
    QList<LogLine> lines;
    for (int i = from; i < from + count; ++i) {
        lines.append(LogLine{stream, {}, 0, QStringLiteral("line %1").arg(i)});
    }
    return lines;
}
} // namespace

class LogPaneTest : public QObject
{
    Q_OBJECT

private:
    static QPlainTextEdit *viewOf(LogPane &pane)
    {
        return pane.findChild<QPlainTextEdit *>(QStringLiteral("view"));
    }
    static QLabel *headerOf(LogPane &pane)
    {
        return pane.findChild<QLabel *>(QStringLiteral("header"));
    }

private Q_SLOTS:
    void keepsAtMostTheMaximumOfLines()
    {
        LogPane pane;
        QCOMPARE(pane.maximumLines(), LogPane::defaultMaximumLines);
        pane.setMaximumLines(100);
        pane.appendLines(numberedLines(0, 120));
        pane.appendLines(numberedLines(120, 130));
        QPlainTextEdit *view = viewOf(pane);
        QCOMPARE(view->document()->blockCount(), 100);
        QCOMPARE(view->document()->firstBlock().text(), QStringLiteral("line 150"));
        QCOMPARE(view->document()->lastBlock().text(), QStringLiteral("line 249"));

        pane.clear();
        QVERIFY(view->document()->isEmpty());
        pane.appendLines(numberedLines(0, 1));
        QCOMPARE(view->document()->blockCount(), 1);
        QCOMPARE(view->document()->firstBlock().text(), QStringLiteral("line 0"));
    }

    void showsStderrInAnotherColour()
    {
        LogPane pane;
        pane.appendLines(numberedLines(0, 1));
        pane.appendLines(numberedLines(1, 1, LogLine::Stream::Stderr));
        pane.appendLines(numberedLines(2, 1));
        const QTextDocument *document = viewOf(pane)->document();
        QCOMPARE(document->blockCount(), 3);
        const auto colourOf = [document](int block) {
            return document->findBlockByNumber(block).begin().fragment().charFormat().foreground().color();
        };
        QVERIFY(colourOf(1) != colourOf(0));
        QCOMPARE(colourOf(2), colourOf(0));
        QCOMPARE(document->findBlockByNumber(1).text(), QStringLiteral("line 1"));
    }

    void searchesForwardAndBackward()
    {
        LogPane pane;
        pane.show();
        // Shortcuts (F3) reach only the active window.
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QList<LogLine> lines = numberedLines(0, 50);
        lines[10].text = QStringLiteral("needle one");
        lines[30].text = QStringLiteral("needle two");
        pane.appendLines(lines);
        QPlainTextEdit *view = viewOf(pane);
        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("search"));
        auto *status = pane.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY(pane.isFollowing());

        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("needle"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("needle"));
        QCOMPARE(view->textCursor().blockNumber(), 10);
        QVERIFY(!status->isVisibleTo(&pane));
        // A match stays in view: following stops.
        QVERIFY(!pane.isFollowing());

        QTest::keyClick(search, Qt::Key_F3);
        QCOMPARE(view->textCursor().blockNumber(), 30);
        QTest::keyClick(search, Qt::Key_F3); // wraps around
        QCOMPARE(view->textCursor().blockNumber(), 10);
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().blockNumber(), 30);
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().blockNumber(), 10);

        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("haystack"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(status->isVisibleTo(&pane));
        QVERIFY(search->property("notFound").toBool());
        QVERIFY(search->palette().color(QPalette::Base) != pane.palette().color(QPalette::Base));
        // The previous match stays selected.
        QCOMPARE(view->textCursor().blockNumber(), 10);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("needle"));
        // Editing the text clears the "not found" state.
        QTest::keyClick(search, Qt::Key_Backspace);
        QVERIFY(!status->isVisibleTo(&pane));
        QVERIFY(!search->property("notFound").toBool());
    }

    void followsTheEndOnlyWhenAsked()
    {
        LogPane pane;
        pane.resize(400, 200);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QScrollBar *bar = viewOf(pane)->verticalScrollBar();
        pane.appendLines(numberedLines(0, 500));
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolling up stops following; new lines do not move the view.
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        QVERIFY(!pane.isFollowing());
        QCOMPARE(bar->value(), 0);
        pane.appendLines(numberedLines(500, 100));
        QCOMPARE(bar->value(), 0);

        // The toggle jumps to the end and keeps it in view.
        pane.findChild<QToolButton *>(QStringLiteral("follow"))->click();
        QVERIFY(pane.isFollowing());
        QCOMPARE(bar->value(), bar->maximum());
        pane.appendLines(numberedLines(600, 100));
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolling back to the end follows again.
        pane.setFollowing(false);
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QVERIFY(pane.isFollowing());
    }

    void headerSaysWhatTheStreamDoes()
    {
        LogPane pane;
        QLabel *header = headerOf(pane);
        QCOMPARE(header->text(), QStringLiteral("No container selected."));
        QVERIFY(!pane.stream());

        // No engine listens there: the header names the container and the error.
        QTemporaryDir dir;
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + dir.filePath(QStringLiteral("nobody.sock")));
        QVERIFY(endpoint);
        EngineClient client(*endpoint);
        pane.appendLines(numberedLines(0, 3));
        pane.setContainer(&client, QStringLiteral("0123abcd"), QStringLiteral("counter"));
        QVERIFY(pane.stream());
        QCOMPARE(pane.stream()->container(), QStringLiteral("0123abcd"));
        QVERIFY(viewOf(pane)->document()->isEmpty()); // a new container starts with an empty view
        QTRY_COMPARE(pane.stream()->state(), LogStream::State::Failed);
        QVERIFY2(header->text().startsWith(QStringLiteral("counter — cannot follow the log: ")), qPrintable(header->text()));
        QVERIFY2(header->text().contains(pane.stream()->error().toString()), qPrintable(header->text()));
        QVERIFY2(header->text().contains(QStringLiteral("Trying again in 1 s")), qPrintable(header->text()));

        pane.setContainer(nullptr, {}, {});
        QVERIFY(!pane.stream());
        QCOMPARE(header->text(), QStringLiteral("No container selected."));
    }
};

QTEST_MAIN(LogPaneTest)
#include "logpanetest.moc"
