// expect: reentrancy same-function
// contract: AirdropVault
pragma solidity ^0.8.20;
/// An airdrop redeemable for ether (the SWC-107 modifier pattern among many `require`
/// messages): the modifier asks the receiving bank for a magic word (the hash of one of ten
/// string literals) after the one-airdrop check and before the airdrop is recorded. The bank
/// answers the word, re-enters the airdrop from the question and answers it again: two
/// airdrops, redeemed from the sponsor's pool. The re-entries after the answer that let the
/// call pass are tried before the other answers still queued.
interface IBank {
    function supportsToken() external returns (bytes32);
}

contract AirdropToken {
    address public minter;
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;

    event Transfer(address indexed from, address indexed to, uint256 value);

    constructor() {
        minter = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == minter, "token: not minter");
        balanceOf[to] += amount;
        totalSupply += amount;
        emit Transfer(address(0), to, amount);
    }

    function burn(address from, uint256 amount) external {
        require(msg.sender == minter, "token: not minter");
        require(balanceOf[from] >= amount, "token: balance");
        balanceOf[from] -= amount;
        totalSupply -= amount;
        emit Transfer(from, address(0), amount);
    }
}

contract AirdropVault {
    address public owner;
    AirdropToken public token;
    uint256 public constant AIRDROP_AMOUNT = 10;
    uint256 public constant WEI_PER_TOKEN = 0.01 ether;
    mapping(address => bool) public received;

    event Airdropped(address indexed bank, uint256 amount);
    event Redeemed(address indexed who, uint256 tokens, uint256 weiPaid);

    modifier supportsToken() {
        require(keccak256(abi.encodePacked("Nu Token")) == IBank(msg.sender).supportsToken(),
                "airdrop: bank does not support token");
        _;
    }

    modifier hasNoBalance() {
        require(!received[msg.sender], "airdrop: already received");
        require(token.balanceOf(msg.sender) == 0, "airdrop: has balance");
        _;
    }

    constructor() payable {
        owner = msg.sender;
        token = new AirdropToken();
    }

    function fund() external payable {
        require(msg.sender == owner, "airdrop: not owner");
    }

    function airDrop() external hasNoBalance supportsToken {
        received[msg.sender] = true;
        token.mint(msg.sender, AIRDROP_AMOUNT);
        emit Airdropped(msg.sender, AIRDROP_AMOUNT);
    }

    function redeem(uint256 tokens) external {
        require(tokens > 0, "airdrop: zero");
        uint256 weiOut = tokens * WEI_PER_TOKEN;
        require(address(this).balance >= weiOut, "airdrop: pool empty");
        token.burn(msg.sender, tokens);
        payable(msg.sender).transfer(weiOut);
        emit Redeemed(msg.sender, tokens, weiOut);
    }
}
