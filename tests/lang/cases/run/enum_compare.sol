// Enum values compare with <, >, <=, >= by their ordinal, as in solc.
pragma solidity ^0.8.20;

contract EnumCompare {
    enum Stage { Init, Open, Closed, Done }

    event Flag(bool v);
    event U(uint256 v);

    Stage stage = Stage.Open;

    function at(uint256 i) internal pure returns (Stage) {
        return Stage(i);
    }

    function run() external payable {
        emit Flag(Stage.Init < Stage.Open);
        emit Flag(Stage.Done > Stage.Closed);
        emit Flag(Stage.Open <= Stage.Open);
        emit Flag(Stage.Init >= Stage.Open);
        emit Flag(stage < Stage.Closed);
        emit Flag(at(3) > stage);
        emit Flag(at(1) >= stage);
        emit Flag(at(0) <= at(0));
        emit Flag(stage != Stage.Open);
        uint256 n = 0;
        for (Stage s = Stage.Init; s < Stage.Done; s = Stage(uint256(s) + 1)) n++;
        emit U(n);
    }
}
// ----
// success
// Flag(true)
// Flag(true)
// Flag(true)
// Flag(false)
// Flag(true)
// Flag(true)
// Flag(true)
// Flag(true)
// Flag(false)
// U("3")
