/// A command's arguments as the user typed them, consumed option by option. Small on purpose: each command
/// declares its options and flags, and anything left over is a usage error naming the culprit.
struct ArgumentList {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// Removes `--name` (or a short alias) and reports whether it was there.
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        remaining.removeAll { argument in
            let matches = names.contains(argument)
            found = found || matches
            return matches
        }
        return found
    }

    /// Removes `--name VALUE` or `--name=VALUE`; the last occurrence wins.
    mutating func option(_ names: String...) throws(UsageError) -> String? {
        var value: String?
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if let name = names.first(where: { argument.hasPrefix($0 + "=") }) {
                value = String(argument.dropFirst(name.count + 1))
                remaining.remove(at: index)
            } else if names.contains(argument) {
                guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("-") || remaining[index + 1] == "-" else {
                    throw UsageError.missingValue(option: argument)
                }
                value = remaining[index + 1]
                remaining.removeSubrange(index...index + 1)
            } else {
                index += 1
            }
        }
        return value
    }

    /// The positional arguments left once options are taken; an unknown `-x` is a usage error.
    mutating func positionals(max: Int) throws(UsageError) -> [String] {
        var positionals: [String] = []
        var afterSeparator = false
        for argument in remaining {
            if argument == "--" && !afterSeparator {
                afterSeparator = true
            } else if !afterSeparator && argument.hasPrefix("-") && argument != "-" {
                throw UsageError.unknownOption(argument)
            } else {
                positionals.append(argument)
            }
        }
        remaining = []
        if positionals.count > max { throw UsageError.unexpectedArgument(positionals[max]) }
        return positionals
    }
}

/// A command line the tool cannot understand. Exit code 2.
enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String)
    case missingValue(option: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidValue(option: String, value: String, expected: String)

    var description: String {
        switch self {
        case .unknownCommand(let name, _): "unknown command '\(name)'"
        case .unknownOption(let option): "unknown option '\(option)'"
        case .missingValue(let option): "option '\(option)' needs a value"
        case .missingArgument(let name): "missing argument \(name)"
        case .unexpectedArgument(let argument): "unexpected argument '\(argument)'"
        case .invalidValue(let option, let value, let expected): "invalid value '\(value)' for '\(option)': expected \(expected)"
        }
    }

    var hint: String? {
        if case .unknownCommand(_, let suggestion?) = self { return "did you mean '\(suggestion)'?" }
        return nil
    }
}
