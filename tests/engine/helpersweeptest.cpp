// SPDX-License-Identifier: GPL-2.0-or-later
// Helper containers that a killed Stasis left behind go away: sweep()
// removes those older than the given age (by the engine's clock) and leaves
// younger ones, running ones and other containers; a session sweeps when it
// connects.
#include "enginesession.h"
#include "enginetestsupport.h"
#include "helpercontainer.h"
#include "helperregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class HelperSweepTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    // Only helpers named with this prefix are swept here: the sandbox is shared.
    QString m_prefix =
        HelperContainer::namePrefix + QStringLiteral("sweeptest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QStringList m_containers;

    EngineResult<QString> createHelper(const QString &suffix)
    {
        HelperContainer::Spec spec;
        spec.image = sandboxImage();
        spec.hostFolder = QStringLiteral("/tmp");
        spec.name = m_prefix + suffix;
        const auto id = await(m_client->createContainer(HelperContainer::containerSpec(spec)));
        if (id) {
            m_containers.append(spec.name);
        }
        return id;
    }

    bool exists(const QString &container)
    {
        return await(m_client->inspectContainer(container)).has_value();
    }

    /// Helpers (any program's) the engine created more than an hour ago.
    EngineResult<int> oldHelpers()
    {
        const auto listed = await(m_client->listContainers(ContainerFilter{{}, {}, QString(HelperContainer::label) + QLatin1String("=true")}));
        if (!listed) {
            return std::unexpected(listed.error());
        }
        const qint64 hourAgo = listed->engineTime.toSecsSinceEpoch() - 3600;
        int old = 0;
        for (const ContainerSummary &helper : listed->containers) {
            if (helper.created.toSecsSinceEpoch() < hourAgo && helper.state != QLatin1String("running")) {
                ++old;
            }
        }
        return old;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
    }

    void removesOnlyOldHelpers()
    {
        const auto old = createHelper(QStringLiteral("old"));
        QVERIFY2(old, why(old).constData());
        // Not a helper, though named like one: no label, never swept.
        ContainerSpec plain;
        plain.name = m_prefix + QStringLiteral("unlabelled");
        plain.image = sandboxImage();
        plain.command = {QStringLiteral("/bin/true")};
        QVERIFY(await(m_client->createContainer(plain)));
        m_containers.append(plain.name);
        // The engine's creation times have whole seconds; nothing signals "a second passed".
        QTest::qWait(2500);
        const auto young = createHelper(QStringLiteral("young"));
        QVERIFY2(young, why(young).constData());

        const auto swept = await(HelperRegistry::of(m_client)->sweep(2, m_prefix));
        QVERIFY2(swept, why(swept).constData());
        QCOMPARE(*swept, 1);
        QVERIFY(!exists(*old));
        QVERIFY(exists(*young));
        QVERIFY(exists(plain.name));

        const auto again = await(HelperRegistry::of(m_client)->sweep(0, m_prefix));
        QVERIFY2(again, why(again).constData());
        QCOMPARE(*again, 1);
        QVERIFY(!exists(*young));
        QVERIFY(exists(plain.name));
    }

    void sessionSweepsWhenItConnects()
    {
        EngineSession session(m_client->endpoint());
        QSignalSpy ready(&session, &EngineSession::ready);
        QSignalSpy swept(&session, &EngineSession::helpersSwept);
        session.start();
        QVERIFY(swept.wait(30000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(swept.first().first().toInt() >= 0);
        const auto left = oldHelpers();
        QVERIFY2(left, why(left).constData());
        QCOMPARE(*left, 0);
    }
};

QTEST_GUILESS_MAIN(HelperSweepTest)
#include "helpersweeptest.moc"
