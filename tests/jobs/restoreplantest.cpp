// SPDX-License-Identifier: GPL-2.0-or-later
// Which job a restore request needs: one decision for the window and stasisctl.
#include "restoreplan.h"
#include "engineclient.h"
#include "restorefromjob.h"
#include "restorejob.h"
#include "rewindjob.h"

#include <QTest>

using namespace Stasis;

class RestorePlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("sourceContainer");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<bool>("createTarget");
        QTest::addColumn<bool>("rewind");
        QTest::addColumn<RestoreRequest::Kind>("kind");
        using Kind = RestoreRequest::Kind;
        QTest::newRow("own checkpoint") << QString() << QString() << false << false << Kind::Restore;
        QTest::newRow("own checkpoint, named as source") << QStringLiteral("web") << QString() << false << false << Kind::Restore;
        QTest::newRow("running: rewind") << QString() << QString() << false << true << Kind::Rewind;
        QTest::newRow("custom folder") << QString() << QStringLiteral("/srv/ck") << false << false << Kind::RestoreFrom;
        QTest::newRow("custom folder wins over rewind") << QString() << QStringLiteral("/srv/ck") << false << true << Kind::RestoreFrom;
        QTest::newRow("another container") << QStringLiteral("db") << QString() << false << false << Kind::RestoreFrom;
        QTest::newRow("a container to create") << QStringLiteral("db") << QString() << true << false << Kind::RestoreFrom;
    }

    void kinds()
    {
        QFETCH(QString, sourceContainer);
        QFETCH(QString, directory);
        QFETCH(bool, createTarget);
        QFETCH(bool, rewind);
        QFETCH(RestoreRequest::Kind, kind);
        RestoreRequest request;
        request.container = QStringLiteral("web");
        request.checkpoint = QStringLiteral("cp1");
        request.sourceContainer = sourceContainer;
        request.directory = directory;
        request.createTarget = createTarget;
        request.rewind = rewind;
        QCOMPARE(request.kind(), kind);

        EngineClient client(EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/docker.sock")).value());
        std::unique_ptr<Job> job(request.makeJob(&client));
        switch (kind) {
        case RestoreRequest::Kind::Restore:
            QVERIFY(qobject_cast<RestoreJob *>(job.get()));
            break;
        case RestoreRequest::Kind::Rewind:
            QVERIFY(qobject_cast<RewindJob *>(job.get()));
            break;
        case RestoreRequest::Kind::RestoreFrom: {
            auto *from = qobject_cast<RestoreFromJob *>(job.get());
            QVERIFY(from);
            QCOMPARE(from->target(), QStringLiteral("web"));
            QCOMPARE(from->source().checkpoint, QStringLiteral("cp1"));
            QCOMPARE(from->source().directory, directory);
            QCOMPARE(from->source().container, sourceContainer);
            break;
        }
        }
    }
};

QTEST_GUILESS_MAIN(RestorePlanTest)
#include "restoreplantest.moc"
