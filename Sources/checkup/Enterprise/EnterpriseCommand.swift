import ArgumentParser

/// `checkup enterprise`: the township's register of enterprises.
struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise",
        abstract: "Register, update, grade and list enterprises (企业).",
        discussion: """
        Enterprises are identified by their unified social credit code\n(统一社会信用代码, \
        GB 32100-2015), which is checked: 18 characters, the last a\ncheck character. A wrong code \
        is refused with the check character it should have; --allow-invalid-code accepts it with \
        a warning, since real registers contain such codes.
        """,
        subcommands: [
            EnterpriseAdd.self, EnterpriseList.self, EnterpriseShow.self, EnterpriseImport.self, EnterpriseUpdate.self,
            EnterpriseGrade.self, EnterpriseOverride.self,
        ]
    )
}
