import Foundation
import InfolettreKit

exit(InfolettreCLI.run(Array(CommandLine.arguments.dropFirst())))
