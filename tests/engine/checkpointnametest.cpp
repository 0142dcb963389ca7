// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointname.h"

#include <QTest>

using namespace Stasis;

class CheckpointNameTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheEnginesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("two characters") << QStringLiteral("c1");
        QTest::newRow("dots, dashes, underscores") << QStringLiteral("before_upgrade-2.1");
        QTest::newRow("leading digit") << QStringLiteral("2026-12-02");
    }
    void acceptsTheEnginesNames()
    {
        QFETCH(QString, name);
        QVERIFY2(CheckpointName::problem(name).isEmpty(), qPrintable(CheckpointName::problem(name)));
    }

    void refusesOthers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("one character") << QStringLiteral("c");
        QTest::newRow("leading dot") << QStringLiteral(".hidden");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("trailing dot") << QStringLiteral("cp.");
        QTest::newRow("trailing newline") << QStringLiteral("cp1\n");
        QTest::newRow("newline inside") << QStringLiteral("cp\n1");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("right-to-left override") << QStringLiteral("cp\u202e1");
        QTest::newRow("zero-width space") << QStringLiteral("cp\u200b1");
        QTest::newRow("rich text") << QStringLiteral("<b>cp</b>");
    }
    void refusesOthers()
    {
        QFETCH(QString, name);
        const QString problem = CheckpointName::problem(name);
        QVERIFY2(!problem.isEmpty(), qPrintable(name));
        QVERIFY2(problem.contains(QLatin1String("is not a valid checkpoint name")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(CheckpointNameTest)
#include "checkpointnametest.moc"
