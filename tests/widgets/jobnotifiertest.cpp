// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop hears of long jobs that end in the background, in words that
// quote names and engines as typed.
#include "jobnotifier.h"

#include "job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Stasis;

namespace
{

/// A test-only job that runs until the test ends it.
class TestNotifiedJob final : public Stasis::Job
{
    Q_OBJECT

public:
    void succeed()
    {
        emitResult();
    }
    void fail(const QString &text)
    {
        setError(UserDefinedError);
        setErrorText(text);
        emitResult();
    }

protected:
    void run() override
    {
    }
};

} // namespace

class JobNotifierTest : public QObject
{
    Q_OBJECT

private:
    QList<QPointer<TestNotifiedJob>> m_made;

    JobQueue::JobFactory factory()
    {
        return [this] {
            auto *job = new TestNotifiedJob;
            m_made.append(job);
            return job;
        };
    }

private Q_SLOTS:
    void init()
    {
        m_made.clear();
    }

    void notifiesWhenALongJobEndsInTheBackground()
    {
        JobQueue queue;
        QWidget window; // never shown, so never the active window
        JobNotifier notifier(&queue, &window);
        QCOMPARE(notifier.thresholdSeconds(), JobNotifier::defaultThresholdSeconds);
        QSignalSpy notified(&notifier, &JobNotifier::notified);

        queue.enqueue(factory(), QStringLiteral("a"), QStringLiteral("Quick"));
        m_made[0]->succeed();
        QVERIFY(notified.isEmpty()); // shorter than the threshold

        notifier.setThresholdSeconds(0);
        const JobQueue::Id id = queue.enqueue(factory(), QStringLiteral("a"), QStringLiteral("Checkpoint a"));
        m_made[1]->fail(QStringLiteral("Cannot checkpoint a: gone"));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).value<JobQueue::Id>(), id);
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("Checkpoint a")));
        QCOMPARE(notified.first().at(2).toString(), QStringLiteral("Cannot checkpoint a: gone"));
    }

    void namesAndErrorsAreNotReadAsMarkup()
    {
        JobQueue queue;
        QWidget window;
        JobNotifier notifier(&queue, &window);
        notifier.setThresholdSeconds(0);
        QSignalSpy notified(&notifier, &JobNotifier::notified);
        const QString name = QStringLiteral("<b>x</b>");
        queue.enqueue(factory(), name, QStringLiteral("Checkpoint %1\u202e").arg(name));
        m_made[0]->fail(QStringLiteral("Cannot checkpoint %1: the engine said <a href=\"https://example.org\">click</a> & <img src=x>\x1b[2J").arg(name));
        QCOMPARE(notified.size(), 1);

        // The summary is plain text to notification servers: the name as typed, hidden characters escaped.
        const QString title = notified.first().at(1).toString();
        QVERIFY2(title.endsWith(QLatin1String("Checkpoint <b>x</b>\\u{202e}")), qPrintable(title));

        // The body is markup to them: nothing in it is a tag.
        const QString text = notified.first().at(2).toString();
        QCOMPARE(text,
                 QStringLiteral("Cannot checkpoint &lt;b&gt;x&lt;/b&gt;: the engine said &lt;a href=\"https://example.org\"&gt;click&lt;/a&gt; &amp; "
                                "&lt;img src=x&gt;\\x1b[2J"));
        QVERIFY(!text.contains(QLatin1Char('<')));
    }

    void aJobThatWorkedSaysHowLongItTook()
    {
        JobQueue queue;
        QWidget window;
        JobNotifier notifier(&queue, &window);
        notifier.setThresholdSeconds(0);
        QSignalSpy notified(&notifier, &JobNotifier::notified);
        queue.enqueue(factory(), QStringLiteral("<i>y</i>"), QStringLiteral("Restore <i>y</i>"));
        m_made[0]->succeed();
        QCOMPARE(notified.size(), 1);
        QVERIFY2(notified.first().at(1).toString().endsWith(QLatin1String("Restore <i>y</i>")), qPrintable(notified.first().at(1).toString()));
        QVERIFY2(notified.first().at(2).toString().startsWith(QLatin1String("Took ")), qPrintable(notified.first().at(2).toString()));
    }
};

QTEST_MAIN(JobNotifierTest)
#include "jobnotifiertest.moc"
